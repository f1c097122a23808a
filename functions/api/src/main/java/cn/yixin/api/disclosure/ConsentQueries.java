package cn.yixin.api.disclosure;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.disclosure.Consent;
import cn.yixin.domain.disclosure.ConsentToken;
import cn.yixin.domain.disclosure.CreditReport;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConsentRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Authorised real-time query (004 §21), the third party's side: it asks with the consent's token and is answered
 * exactly the consented part as of that moment, or refused with nothing more. Every query under a known consent is
 * logged in the subject's partition, answered or refused ({@link Consents#list}).
 */
@Singleton
public class ConsentQueries {

    private final ConsentRepository consents;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final CreditReports reports;
    private final LiveGrading grading;
    private final Clock clock;

    public ConsentQueries(ConsentRepository consents, SubjectRepository subjects, TenantDirectory tenants,
                          CreditReports reports, LiveGrading grading, Clock clock) {
        this.consents = consents;
        this.subjects = subjects;
        this.tenants = tenants;
        this.reports = reports;
        this.grading = grading;
        this.clock = clock;
    }

    /** The third party's query (no JWT: the token is the capability). */
    public ConsentViews.Answer query(String token, ConsentRequests.Query req) {
        String tenant = ConsentToken.tenantOf(token).orElseThrow(ConsentQueries::refused);
        Optional<Consent> found;
        try {
            tenants.current(tenant);
            found = consents.findByTokenHash(tenant, ConsentToken.hash(token));
        } catch (DomainException unknownTenant) {
            throw refused();
        }
        Consent c = found.orElseThrow(ConsentQueries::refused);
        Instant now = clock.instant();
        Optional<Consent.Refusal> refusal = c.refusal(req.subjectId(), grading.today());
        if (refusal.isPresent()) {
            consents.log(new ConsentRepository.QueryLog(tenant, c.subjectId(), c.id(), c.grantee(), c.part().name(),
                    "REFUSED_" + refusal.get().name(), now));
            throw refused();
        }
        Subject s = subjects.find(tenant, c.subjectId()).orElseThrow(ConsentQueries::refused);
        Standing st = s.standing();
        CreditReport report = null;
        if (c.part().includesReport()) {
            // Read as the bureau's auditor would: identifier and an individual's name masked.
            Caller reader = new Caller("consent:" + c.id(), tenant, Set.of(Role.AUDITOR), null);
            report = reports.compose(reader, s, null);
        }
        consents.log(new ConsentRepository.QueryLog(tenant, c.subjectId(), c.id(), c.grantee(), c.part().name(),
                "ANSWERED", now));
        return new ConsentViews.Answer(s.id(), s.displayName(), s.kind().nameZh(),
                tenants.current(tenant).config().name(), c.grantee(), c.part().name(), st.grade(), st.gradeName(),
                c.part().includesScore() ? st.score() : null, st.configVersion(), st.asOf(), now, report);
    }

    /** The tenant a token names, or the refusal. */
    static String tenantOf(String token) {
        return ConsentToken.tenantOf(token).orElseThrow(ConsentQueries::refused);
    }

    static DomainException refused() {
        return DomainException.forbidden("CONSENT_REFUSED", "该授权码无效、已过期或已被撤销，或不适用于所查询的信用主体，不能查询。",
                "This consent token is not valid, has expired or was revoked, or does not cover the subject asked about.");
    }

}
