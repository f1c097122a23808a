package cn.yixin.domain.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A subject's consent to a named third party (004 §21): which part, through which day (inclusive, China Standard
 * Time), revocable. Only the SHA-256 of its token is kept; the token itself is shown once, when granted.
 */
public record Consent(String id, String tenantId, String subjectId, String grantee, String purpose, ConsentPart part,
                      LocalDate until, Instant grantedAt, Instant revokedAt, String tokenHash) {

    /** Why a query under it on {@code today} is refused, if it is: nothing else is said to the querier. */
    public enum Refusal { REVOKED, EXPIRED, OTHER_SUBJECT }

    public Optional<Refusal> refusal(String askedSubjectId, LocalDate today) {
        if (!subjectId.equals(askedSubjectId)) {
            return Optional.of(Refusal.OTHER_SUBJECT);
        }
        if (revokedAt != null) {
            return Optional.of(Refusal.REVOKED);
        }
        if (today.isAfter(until)) {
            return Optional.of(Refusal.EXPIRED);
        }
        return Optional.empty();
    }

    public String status(LocalDate today) {
        return revokedAt != null ? "REVOKED" : today.isAfter(until) ? "EXPIRED" : "ACTIVE";
    }

    public Consent revoked(Instant at) {
        return new Consent(id, tenantId, subjectId, grantee, purpose, part, until, grantedAt, at, tokenHash);
    }
}
