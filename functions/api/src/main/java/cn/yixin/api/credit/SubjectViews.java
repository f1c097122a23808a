package cn.yixin.api.credit;

import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.subject.Subject;
import jakarta.inject.Singleton;

/** The one place that decides what of a subject a caller may see in clear. */
@Singleton
public class SubjectViews {

    private final IdentifierProtector protector;

    public SubjectViews(IdentifierProtector protector) {
        this.protector = protector;
    }

    public SubjectView of(Subject s, Caller caller) {
        boolean own = caller != null && caller.actsForSelf(s.id());
        String name = own && s.nameSealed() != null ? protector.unseal(s.tenantId(), s.nameSealed()) : s.displayName();
        String identifier = own ? protector.unseal(s.tenantId(), s.identifier().sealed()) : s.identifier().masked();
        var pc = s.practitionerCode();
        String practitionerCode = pc == null ? null : own && pc.sealed() != null
                ? protector.unseal(s.tenantId(), pc.sealed()) : pc.masked();
        return new SubjectView(s.id(), s.kind().name(), s.kind().nameZh(), name, identifier, practitionerCode,
                s.registeredAt(), SubjectView.Grade.of(s.standing()));
    }
}
