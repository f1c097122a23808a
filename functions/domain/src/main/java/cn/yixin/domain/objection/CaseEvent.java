package cn.yixin.domain.objection;

import java.time.Instant;

/** One line of a case's history: what happened, who did it, the status after it (R-3.5 traceable). */
public record CaseEvent(Instant at, String action, String by, ObjectionStatus status, String note) {
}
