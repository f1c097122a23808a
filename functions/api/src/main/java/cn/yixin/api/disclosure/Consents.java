package cn.yixin.api.disclosure;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.disclosure.Consent;
import cn.yixin.store.ConsentRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

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
    private final LiveGrading grading;
    private final Clock clock;

    public Consents(ConsentRepository consents, SubjectRepository subjects, LiveGrading grading, Clock clock) {
        this.consents = consents;
        this.subjects = subjects;
        this.grading = grading;
        this.clock = clock;
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

    void requireSelf(Caller caller, String subjectId) {
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
