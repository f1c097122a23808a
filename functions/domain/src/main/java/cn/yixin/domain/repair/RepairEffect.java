package cn.yixin.domain.repair;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.tenant.RepairRegrade;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a completed repair does to the archive, modelled so that the evaluator needs no notion of repair:
 * the repair is a new archive entry that supersedes the dishonesty record with a copy whose effective period ends on
 * the last day it still scores. IMMEDIATE (Guangdong §38): the day before the repair, so the live grade moves at once.
 * NEXT_CYCLE (Nanchuan §34): the last day of the current evaluation cycle (a calendar year), so the archive changes
 * now while this cycle's grade stays and the next cycle evaluates without it.
 */
public final class RepairEffect {

    /** Marks a repair entry's summary, so the archive and the grade explanation say "repaired" (hash-chained). */
    public static final String MARK = "【已信用修复】";

    private RepairEffect() {
    }

    /** The last day the repaired record still counts for the grade. */
    public static LocalDate lastScoringDay(RepairRegrade policy, LocalDate repairDay) {
        return policy == RepairRegrade.NEXT_CYCLE ? LocalDate.of(repairDay.getYear(), 12, 31) : repairDay.minusDays(1);
    }

    /** The first day the grade no longer counts the record: when a NEXT_CYCLE tenant re-grades. */
    public static LocalDate regradeOn(RepairRegrade policy, LocalDate repairDay) {
        return lastScoringDay(policy, repairDay).plusDays(1);
    }

    public static CreditRecord repairedCopy(CreditRecord original, String newId, LocalDate lastScoringDay,
                                            String decisionNumber, String by, Instant at) {
        LocalDate to = original.effectiveTo() != null && original.effectiveTo().isBefore(lastScoringDay)
                ? original.effectiveTo() : lastScoringDay;
        return new CreditRecord(newId, original.subjectId(), original.category(), original.polarity(),
                original.severity(), original.indicator(),
                MARK + original.summary() + "（" + decisionNumber + "，计分至 " + to + "）", original.basis(),
                original.effectiveFrom(), to, original.source(), by, at, original.id(), false);
    }

    public static boolean isRepairEntry(CreditRecord r) {
        return r.supersedes() != null && r.summary() != null && r.summary().startsWith(MARK);
    }
}
