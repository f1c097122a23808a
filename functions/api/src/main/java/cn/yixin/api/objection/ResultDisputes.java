package cn.yixin.api.objection;

import cn.yixin.domain.objection.Outcome;
import cn.yixin.store.ResultMark;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What objections need from evaluation results (issue 3). The objection side owns the case; the results side owns
 * the result and its status. The default bean ({@link NoResultDisputes}) knows no result, so an objection to a result
 * is answered 404 {@code RESULT_NOT_FOUND} until the results side provides its own (primary) bean.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #find}: the latest version of the subject's result named {@code resultId} in the tenant, proposed or
 *       published; empty for an unknown id or a result of another subject (the caller answers 404).</li>
 *   <li>{@link #markFor}: the mark the case's own transaction writes (so a case is never stored without it): the
 *       result shows "under objection" (异议标注, R-6.4) with the case id wherever it is read or exported, and a
 *       proposed result is not published while marked. Empty when the result already carries this case's mark.</li>
 *   <li>{@link #clearObjection}: called once the decision (or the parent's review) is stored. {@code outcome}
 *       CORRECTED: the results side issues a new version (cause OBJECTION, {@code reasonZh} as reason, the case id as
 *       basis) recomputed from the archive as it now is (the case has already corrected any record), and notifies the
 *       change; MAINTAINED: the mark goes and the result stands. Idempotent for the same case id.</li>
 * </ul>
 */
public interface ResultDisputes {

    /**
     * @param status     PROPOSED, UNDER_OBJECTION or PUBLISHED (the results side's {@code ResultStatus} name)
     * @param noticeDate the day the subject was notified of this version: the filing window counts from it
     * @param issuedBy   the tenant that issued the result, which handles the objection
     * @param summaryZh  one line for the written documents, e.g. "2026年度信用评价结果：B级（850分）"
     */
    record DisputedResult(String resultId, String subjectId, String status, String grade, Integer score,
                          LocalDate noticeDate, String issuedBy, String summaryZh) {
    }

    Optional<DisputedResult> find(String tenantId, String subjectId, String resultId);

    Optional<ResultMark> markFor(String tenantId, String subjectId, String resultId, String caseId);

    void clearObjection(String tenantId, String subjectId, String resultId, String caseId, Outcome outcome,
                        String reasonZh);
}
