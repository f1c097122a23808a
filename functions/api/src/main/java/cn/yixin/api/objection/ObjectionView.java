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
 * @param nextDue the due day of what the case waits for now (decision, review request, review), null when finished
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
        List<CaseEvent> history, List<String> documents) {

    public static ObjectionView of(ObjectionCase c) {
        return new ObjectionView(c.caseId(), c.tenantId(), c.subjectId(), c.target().name(), c.targetId(),
                c.ground().name(), c.ground().nameZh(), c.statement(), c.attachmentIds(), c.channel().name(),
                c.filedAt(), c.noticeDate(), c.receivedOn(), c.filingDue(), c.decisionDue(), c.status().name(),
                c.status().nameZh(), c.status().pending(), c.handler(), c.source(), c.forwardedTo(),
                c.outcome() == null ? null : c.outcome().name(), c.reasons(), c.correctionRecordId(), c.decidedAt(),
                c.reviewRequestDue(), c.review(), c.overdue() || (c.review() != null && c.review().overdue()),
                c.nextDue(), c.version(), c.history(), ObjectionLetters.documentIds(c));
    }
}
