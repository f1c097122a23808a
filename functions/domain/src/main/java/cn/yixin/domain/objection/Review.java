package cn.yixin.domain.objection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The review by the level above: requested by the subject, decided by the parent tenant's reviewer within the
 * parent's decision window; its outcome is final.
 *
 * @param reviewTenant the parent tenant that reviews
 * @param due          last working day for the parent's decision, on the parent's calendar
 */
public record Review(String reviewTenant, String statement, String requestedBy, Instant requestedAt,
                     LocalDate requestedOn, LocalDate due, Outcome outcome, String reasons, String decidedBy,
                     Instant decidedAt, String correctionRecordId, boolean overdue) {

    public Review decided(Outcome o, String why, String by, Instant at, String correction) {
        return new Review(reviewTenant, statement, requestedBy, requestedAt, requestedOn, due, o, why, by, at,
                correction, overdue);
    }

    public Review markedOverdue() {
        return new Review(reviewTenant, statement, requestedBy, requestedAt, requestedOn, due, outcome, reasons,
                decidedBy, decidedAt, correctionRecordId, true);
    }
}
