package cn.yixin.api.objection;

import cn.yixin.domain.objection.CaseEvent;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.Review;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the subject and the bureau see it: status, every due date, the decision, the review, its history and
 * its written documents (R-6.1–6.6, R-9.3).
 *
 * <p>Issue 12.8: the top-level {@code outcome}, {@code reasons}, {@code correctionRecordId} and {@code decidedAt} are
 * the decision in force: the review's once the level above decided it, the bureau's before. The bureau's own
 * decision is then kept under {@code firstDecision}.
 *
 * @param nextDue the due day of what the case waits for now (decision, review request, review), null when finished
 * @param decidedByTenant the tenant whose decision is in force (the reviewing parent after a review), or null
 * @param firstDecision the bureau's decision when a review replaced it, else null
 */
@Serdeable
public record ObjectionView(
        String caseId, String tenantId, String subjectId, String target, String targetId, String ground,
        String groundName, String statement, List<String> attachments, String channel, Instant filedAt,
        LocalDate noticeDate, LocalDate receivedOn, LocalDate filingDue, LocalDate decisionDue,
        String status, String statusName, boolean underObjection, String handler, @Nullable String source,
        @Nullable String forwardedTo, @Nullable String outcome, @Nullable String reasons,
        @Nullable String correctionRecordId, @Nullable Instant decidedAt, @Nullable LocalDate reviewRequestDue,
        @Nullable Review review, boolean overdue, @Nullable LocalDate nextDue, long version,
        List<CaseEvent> history, List<String> documents, @Nullable String decidedByTenant,
        @Nullable Decision firstDecision) {

    /** One level's decision on the case. */
    @Serdeable
    public record Decision(String outcome, @Nullable String reasons, @Nullable String correctionRecordId,
                           @Nullable Instant decidedAt, String tenantId) {
    }

    public static ObjectionView of(ObjectionCase c) {
        Review r = c.review();
        boolean reviewed = r != null && r.outcome() != null;
        Decision first = c.outcome() == null ? null
                : new Decision(c.outcome().name(), c.reasons(), c.correctionRecordId(), c.decidedAt(), c.tenantId());
        String outcome = reviewed ? r.outcome().name() : first == null ? null : first.outcome();
        String reasons = reviewed ? r.reasons() : c.reasons();
        // A review that maintains the decision leaves the bureau's correction (if any) in force.
        String correction = reviewed && r.correctionRecordId() != null ? r.correctionRecordId() : c.correctionRecordId();
        Instant decidedAt = reviewed ? r.decidedAt() : c.decidedAt();
        String decidedBy = reviewed ? r.reviewTenant() : first == null ? null : c.tenantId();
        return new ObjectionView(c.caseId(), c.tenantId(), c.subjectId(), c.target().name(), c.targetId(),
                c.ground().name(), c.ground().nameZh(), c.statement(), c.attachmentIds(), c.channel().name(),
                c.filedAt(), c.noticeDate(), c.receivedOn(), c.filingDue(), c.decisionDue(), c.status().name(),
                c.status().nameZh(), c.status().pending(), c.handler(), c.source(), c.forwardedTo(),
                outcome, reasons, correction, decidedAt,
                c.reviewRequestDue(), c.review(), c.overdue() || (r != null && r.overdue()),
                c.nextDue(), c.version(), c.history(), ObjectionLetters.documentIds(c), decidedBy,
                reviewed ? first : null);
    }
}
