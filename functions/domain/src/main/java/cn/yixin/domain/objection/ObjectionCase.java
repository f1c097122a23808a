package cn.yixin.domain.objection;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One objection case (R-6.1–6.6). Immutable: every step returns the case at its next version with one more history
 * line, and the store writes it only if nobody else wrote in between (optimistic version), so two reviewers deciding
 * the same case cannot both win.
 *
 * @param targetId       the record id or the result id disputed
 * @param noticeDate     the day the subject received the notice the filing window counts from
 * @param receivedOn     the day the bureau received the objection (today online; as registered offline)
 * @param handler        the tenant that handles it: whoever recorded the information or issued the result
 * @param source         where the disputed information came from (a {@code RecordSource} name), null for a result
 * @param forwardedTo    the external source it was forwarded to, in Chinese, or null
 * @param reviewRequestDue last day to ask the level above for review, set by the decision
 * @param decidingBy     who holds the decision while a correction is being written (with {@code decidingUntil})
 */
public record ObjectionCase(
        String caseId, String tenantId, String subjectId, DisputeTarget target, String targetId,
        ObjectionGround ground, String statement, List<String> attachmentIds, Channel channel,
        String filedBy, Instant filedAt, LocalDate noticeDate, LocalDate receivedOn, LocalDate filingDue,
        LocalDate decisionDue, ObjectionStatus status, String handler, String source, String forwardedTo,
        String acceptedBy, Outcome outcome, String reasons, String correctionRecordId, String decidedBy,
        Instant decidedAt, LocalDate reviewRequestDue, Review review, boolean overdue,
        String decidingBy, Instant decidingUntil, long version, List<CaseEvent> history) {

    public ObjectionCase {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A new case as filed; deadlines are computed by the caller with {@link ObjectionDeadlines}. */
    public static ObjectionCase file(String caseId, String tenantId, String subjectId, DisputeTarget target,
                                     String targetId, ObjectionGround ground, String statement,
                                     List<String> attachmentIds, Channel channel, String filedBy, Instant filedAt,
                                     LocalDate noticeDate, LocalDate receivedOn, LocalDate filingDue,
                                     LocalDate decisionDue, String handler, String source) {
        if (!ground.fits(target)) {
            throw DomainException.invalidField("ground", "GROUND_NOT_FOR_TARGET",
                    "异议理由“" + ground.nameZh() + "”只适用于信用评价结果。",
                    "Ground " + ground + " applies to an evaluation result, not to a record.");
        }
        if (statement == null || statement.isBlank()) {
            throw DomainException.invalidField("statement", "STATEMENT_REQUIRED", "请写明异议的事实和理由。",
                    "An objection needs a statement of its facts and reasons.");
        }
        String note = channel.nameZh() + "；理由：" + ground.nameZh();
        return new ObjectionCase(caseId, tenantId, subjectId, target, targetId, ground, statement.strip(),
                attachmentIds, channel, filedBy, filedAt, noticeDate, receivedOn, filingDue, decisionDue,
                ObjectionStatus.FILED, handler, source, null, null, null, null, null, null, null, null, null, false,
                null, null, 1, List.of(new CaseEvent(filedAt, "FILED", filedBy, ObjectionStatus.FILED, note)));
    }

    /**
     * The bureau accepts the case and starts its investigation; information from an external source is
     * forwarded to that source, whose rules govern it.
     */
    public ObjectionCase accept(String by, Instant at, boolean externalSource, String sourceNameZh) {
        if (status != ObjectionStatus.FILED) {
            throw notInState("OBJECTION_ALREADY_ACCEPTED", "已受理或已处理", "already accepted or decided");
        }
        Draft d = new Draft(this);
        d.acceptedBy = by;
        if (externalSource) {
            d.status = ObjectionStatus.FORWARDED_TO_SOURCE;
            d.forwardedTo = sourceNameZh;
            return d.next(at, "FORWARDED_TO_SOURCE", by, "信息来源于" + sourceNameZh + "，已转交来源单位核查");
        }
        d.status = ObjectionStatus.ACCEPTED;
        return d.next(at, "ACCEPTED", by, "已受理，开始核查");
    }

    /** The decision: correct or maintain, with reasons; opens the window for review by the level above. */
    public ObjectionCase decide(Outcome o, String why, String by, Instant at, String correction,
                                LocalDate reviewDue) {
        requireDecidable(at);
        requireReasons(why);
        Draft d = new Draft(this);
        d.status = ObjectionStatus.DECIDED;
        d.outcome = o;
        d.reasons = why.strip();
        d.decidedBy = by;
        d.decidedAt = at;
        d.correctionRecordId = correction;
        d.reviewRequestDue = reviewDue;
        d.decidingBy = null;
        d.decidingUntil = null;
        return d.next(at, "DECIDED", by, o.nameZh() + (correction == null ? "" : "（更正记录 " + correction + "）")
                + "：" + why.strip());
    }

    /** The subject asks the level above to review the decision, within the window the decision opened. */
    public ObjectionCase requestReview(String parentTenant, String why, String by, Instant at, LocalDate on,
                                       LocalDate due) {
        if (status != ObjectionStatus.DECIDED) {
            throw notInState("OBJECTION_NOT_DECIDED", "尚未作出处理决定或已办结", "not decided, or already closed");
        }
        if (on.isAfter(reviewRequestDue)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "REVIEW_WINDOW_CLOSED",
                    "申请复核的期限已过（申请期限：" + DeadlineText.zhLastDay(reviewRequestDue) + "）。",
                    "The window to ask for review has closed (it had to be asked " + DeadlineText.enLastDay(reviewRequestDue) + ").",
                    Map.of("deadline", reviewRequestDue.toString()));
        }
        requireReasons(why);
        Draft d = new Draft(this);
        d.status = ObjectionStatus.REVIEW_REQUESTED;
        d.review = new Review(parentTenant, why.strip(), by, at, on, due, null, null, null, null, null, false);
        return d.next(at, "REVIEW_REQUESTED", by, "申请由上级（" + parentTenant + "）复核");
    }

    /** The parent's review decision: final; the case ends here. */
    public ObjectionCase decideReview(Outcome o, String why, String by, Instant at, String correction) {
        requireDecidable(at);
        requireReasons(why);
        Draft d = new Draft(this);
        d.status = ObjectionStatus.REVIEWED;
        d.review = review.decided(o, why.strip(), by, at, correction);
        d.decidingBy = null;
        d.decidingUntil = null;
        return d.next(at, "REVIEWED", by, "复核结论：" + (o == Outcome.CORRECTED ? "予以更正" : "维持原处理决定")
                + "：" + why.strip());
    }

    /** The decision (or review) is late: true when the case waits for one and its due day has passed. */
    public boolean isOverdue(LocalDate today) {
        return switch (status) {
            case FILED, ACCEPTED, FORWARDED_TO_SOURCE -> today.isAfter(decisionDue);
            case REVIEW_REQUESTED -> today.isAfter(review.due());
            default -> false;
        };
    }

    /** The due day of whatever the case waits for, or null when it waits for nothing. */
    public LocalDate nextDue() {
        return switch (status) {
            case FILED, ACCEPTED, FORWARDED_TO_SOURCE -> decisionDue;
            case REVIEW_REQUESTED -> review.due();
            case DECIDED -> reviewRequestDue;
            default -> null;
        };
    }

    /** What the daily sweep does to this case on {@code today}, or null when nothing changes (idempotent). */
    public ObjectionCase sweep(LocalDate today, Instant at) {
        if (status == ObjectionStatus.DECIDED && today.isAfter(reviewRequestDue)) {
            Draft d = new Draft(this);
            d.status = ObjectionStatus.CLOSED;
            return d.next(at, "CLOSED", "system", "复核申请期限（" + DeadlineText.zhLastDay(reviewRequestDue) + "）已过，办结");
        }
        if (status == ObjectionStatus.REVIEW_REQUESTED && isOverdue(today) && !review.overdue()) {
            Draft d = new Draft(this);
            d.review = review.markedOverdue();
            return d.next(at, "REVIEW_OVERDUE", "system", "复核已超过期限（" + DeadlineText.zhLastDay(review.due()) + "）");
        }
        if (status != ObjectionStatus.REVIEW_REQUESTED && isOverdue(today) && !overdue) {
            Draft d = new Draft(this);
            d.overdue = true;
            return d.next(at, "OVERDUE", "system", "处理已超过期限（" + DeadlineText.zhLastDay(decisionDue) + "）");
        }
        return null;
    }

    /**
     * Decidable now: accepted (or forwarded) for a decision, escalated for a review. A decision already taken is 409
     * {@code OBJECTION_ALREADY_DECIDED}: the second of two quick decisions writes nothing (issue 10.3). A hold left by
     * an earlier version of the service ({@code decidingBy} until {@code decidingUntil}) still blocks everyone,
     * its holder included, until it expires: decisions no longer hold, they are one transaction.
     */
    private void requireDecidable(Instant now) {
        boolean reviewStage = status == ObjectionStatus.REVIEW_REQUESTED;
        boolean decisionStage = status == ObjectionStatus.ACCEPTED || status == ObjectionStatus.FORWARDED_TO_SOURCE;
        if (status == ObjectionStatus.FILED) {
            throw notInState("OBJECTION_NOT_ACCEPTED", "尚未受理", "not accepted yet");
        }
        if (status == ObjectionStatus.DECIDED || status == ObjectionStatus.REVIEWED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "OBJECTION_ALREADY_DECIDED",
                    "异议 " + caseId + " 已作出" + (status == ObjectionStatus.REVIEWED ? "复核决定" : "处理决定")
                            + "（" + outcomeZh() + "），本次决定未生效，未写入任何内容。",
                    "Objection " + caseId + " is already decided (" + outcomeName() + "); this decision was not "
                            + "taken and nothing was written.",
                    Map.of("status", status.name(), "outcome", outcomeName()));
        }
        if (!reviewStage && !decisionStage) {
            throw notInState("OBJECTION_CLOSED", "已办结", "closed");
        }
        if (decidingBy != null && decidingUntil != null && now.isBefore(decidingUntil)) {
            throw DomainException.conflict("OBJECTION_BEING_DECIDED", "另一名审核人员正在处理该异议，请刷新后查看结果。",
                    "Another reviewer is deciding this case right now; reload it to see the outcome.");
        }
    }

    private String outcomeName() {
        Outcome o = status == ObjectionStatus.REVIEWED && review != null ? review.outcome() : outcome;
        return o == null ? "-" : o.name();
    }

    private String outcomeZh() {
        Outcome o = status == ObjectionStatus.REVIEWED && review != null ? review.outcome() : outcome;
        return o == null ? "-" : o.nameZh();
    }

    /** The stage a decision on this case belongs to. */
    public boolean inReview() {
        return status == ObjectionStatus.REVIEW_REQUESTED;
    }

    private static void requireReasons(String why) {
        if (why == null || why.isBlank()) {
            throw ProblemCode.REASONS_REQUIRED.onField("reasons");
        }
    }

    private DomainException notInState(String code, String zh, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, code,
                "异议 " + caseId + " " + zh + "（当前状态：" + status.nameZh() + "）。",
                "Objection " + caseId + " is " + en + " (status " + status + ").",
                Map.of("status", status.name()));
    }

    /** A mutable copy used only inside this class to build the next version. */
    private static final class Draft {
        ObjectionStatus status;
        String forwardedTo;
        String acceptedBy;
        Outcome outcome;
        String reasons;
        String correctionRecordId;
        String decidedBy;
        Instant decidedAt;
        LocalDate reviewRequestDue;
        Review review;
        boolean overdue;
        String decidingBy;
        Instant decidingUntil;
        final ObjectionCase c;

        Draft(ObjectionCase c) {
            this.c = c;
            status = c.status;
            forwardedTo = c.forwardedTo;
            acceptedBy = c.acceptedBy;
            outcome = c.outcome;
            reasons = c.reasons;
            correctionRecordId = c.correctionRecordId;
            decidedBy = c.decidedBy;
            decidedAt = c.decidedAt;
            reviewRequestDue = c.reviewRequestDue;
            review = c.review;
            overdue = c.overdue;
            decidingBy = c.decidingBy;
            decidingUntil = c.decidingUntil;
        }

        ObjectionCase next(Instant at, String action, String by, String note) {
            List<CaseEvent> h = new ArrayList<>(c.history);
            h.add(new CaseEvent(at, action, by, status, note));
            return build(h);
        }

        ObjectionCase same() {
            return build(c.history);
        }

        private ObjectionCase build(List<CaseEvent> h) {
            return new ObjectionCase(c.caseId, c.tenantId, c.subjectId, c.target, c.targetId, c.ground, c.statement,
                    c.attachmentIds, c.channel, c.filedBy, c.filedAt, c.noticeDate, c.receivedOn, c.filingDue,
                    c.decisionDue, status, c.handler, c.source, forwardedTo, acceptedBy, outcome, reasons,
                    correctionRecordId, decidedBy, decidedAt, reviewRequestDue, review, overdue, decidingBy,
                    decidingUntil, c.version + 1, h);
        }
    }
}
