package cn.yixin.domain.eligibility;

import cn.yixin.domain.BasisDocument;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One scored act on a person's ledger: the catalogue item and responsibility (which fix the band), the
 * points within it, the act's date, the day it was scored (its calendar year is the year it counts in), the basis
 * document and the institution where the person practised. A withdrawn act (its basis corrected or revoked,
 * an objection upheld) stays on the ledger, marked, and no longer counts.
 *
 * @param institutionId the institution's subject id in the tenant, or null
 */
public record PointsAct(String actId, String itemCode, String itemName, Responsibility responsibility, int points,
                        LocalDate actDate, LocalDate scoredOn, BasisDocument basis, String institutionId,
                        String summary, String recordedBy, Instant recordedAt, Withdrawal withdrawal) {

    /** Why and by whom an act stopped counting (an objection upheld, the basis corrected or revoked). */
    public record Withdrawal(LocalDate on, String by, String reasons, String objectionRef) {
    }

    public boolean counts() {
        return withdrawal == null;
    }

    public PointsAct withdrawn(Withdrawal w) {
        return new PointsAct(actId, itemCode, itemName, responsibility, points, actDate, scoredOn, basis,
                institutionId, summary, recordedBy, recordedAt, w);
    }
}
