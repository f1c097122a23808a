package cn.yixin.api.disclosure;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.disclosure.Consent;
import cn.yixin.domain.disclosure.ConsentToken;
import cn.yixin.domain.disclosure.DisclosurePolicy;
import cn.yixin.store.ConsentRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Authorised real-time query (004 §21), the subject's side: it grants a named third party a consent for one part
 * (grade; grade and score; the full report) through a day, may revoke it, and reads who looked, when and what. The
 * third party's side is {@link ConsentQueries}. Holds no identifier keys (pii/PersonalDataOperations).
 */
@Singleton
public class Consents {

    static final String TOKEN_HEADER = "X-Consent-Token";

    private final ConsentRepository consents;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final Clock clock;

    public Consents(ConsentRepository consents, SubjectRepository subjects, TenantDirectory tenants,
                    LiveGrading grading, Clock clock) {
        this.consents = consents;
        this.subjects = subjects;
        this.tenants = tenants;
        this.grading = grading;
        this.clock = clock;
    }

    public ConsentViews.Granted grant(Caller caller, String subjectId, ConsentRequests.Grant req) {
        requireSelf(caller, subjectId);
        LocalDate today = grading.today();
        int max = DisclosurePolicy.of(tenants.current(caller.tenant()).config()).consentMaxDays();
        if (req.until().isBefore(today)) {
            throw DomainException.invalidField("until", "CONSENT_UNTIL_PAST",
                    "授权截止日期（until）不能早于今天（" + today + "）。",
                    "The consent's last day (until) is before today (" + today + ").");
        }
        if (req.until().isAfter(today.plusDays(max))) {
            throw DomainException.invalidField("until", "CONSENT_UNTIL_TOO_LATE",
                    "授权截止日期（until）最迟为今天起 " + max + " 天（" + today.plusDays(max) + "）。",
                    "The consent's last day (until) may be at most " + max + " days ahead (" + today.plusDays(max) + ").");
        }
        String grantee = req.grantee().strip();
        String purpose = req.purpose() == null || req.purpose().isBlank() ? null : req.purpose().strip();
        String token = ConsentToken.next(caller.tenant());
        Consent c = new Consent("CN" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                caller.tenant(), subjectId, grantee, purpose, req.part(), req.until(), clock.instant(), null,
                ConsentToken.hash(token));
        if (!consents.grant(c)) {
            throw new IllegalStateException("consent id or token collision");
        }
        return new ConsentViews.Granted(ConsentViews.ConsentView.of(c, today), token,
                "第三方查询时在请求头 " + TOKEN_HEADER + " 中提交此授权码，调用 POST /public/consent-queries；授权码只显示这一次。");
    }

    public ConsentViews.ConsentView revoke(Caller caller, String subjectId, String consentId) {
        requireSelf(caller, subjectId);
        Consent c = consents.find(caller.tenant(), subjectId, consentId).orElseThrow(() -> consentNotFound(consentId));
        if (c.revokedAt() == null) {
            consents.revoke(c, clock.instant()); // false: a concurrent revocation won; the first time stands
        }
        Consent after = consents.find(caller.tenant(), subjectId, consentId).orElseThrow(() -> consentNotFound(consentId));
        return ConsentViews.ConsentView.of(after, grading.today());
    }

    public ConsentViews.ConsentList list(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        LocalDate today = grading.today();
        return new ConsentViews.ConsentList(subjectId,
                consents.list(caller.tenant(), subjectId).stream().map(c -> ConsentViews.ConsentView.of(c, today)).toList(),
                consents.queries(caller.tenant(), subjectId, 200).stream().map(ConsentViews.QueryLine::of).toList());
    }

    private void requireSelf(Caller caller, String subjectId) {
        if (!caller.actsForSelf(subjectId)) {
            throw Caller.subjectNotFound(subjectId); // only the subject itself grants or revokes (004 §21)
        }
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
    }

    static DomainException consentNotFound(String consentId) {
        return DomainException.notFound("CONSENT_NOT_FOUND", "未找到授权 " + consentId + "。",
                "No consent " + consentId + " for this subject.");
    }
}
