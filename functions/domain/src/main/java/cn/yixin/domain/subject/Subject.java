package cn.yixin.domain.subject;

import cn.yixin.domain.SubjectKind;

import java.time.Instant;

/**
 * A registered credit subject of one tenant. For individuals the name is personal information too:
 * {@code nameSealed} holds it encrypted and {@code displayName} is masked.
 *
 * @param phone   contact mobile number for SMS notices, sealed and masked like an identifier; may be null
 * @param version optimistic-lock counter, bumped by every archive append (ARCHITECTURE: data)
 * @param headHash hash of the newest archive entry: the per-subject chain that makes tampering detectable
 */
public record Subject(
        String tenantId,
        String id,
        SubjectKind kind,
        String displayName,
        String nameSealed,
        ProtectedIdentifier identifier,
        ProtectedIdentifier phone,
        ProtectedIdentifier practitionerCode,
        Instant registeredAt,
        String registeredBy,
        long version,
        String headHash,
        Standing standing) {

    public Subject withStanding(Standing s, long newVersion, String newHeadHash) {
        return new Subject(tenantId, id, kind, displayName, nameSealed, identifier, phone, practitionerCode, registeredAt,
                registeredBy, newVersion, newHeadHash, s);
    }
}
