package cn.yixin.domain.repair;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.tenant.RepairRegrade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /**
     * The archive as a cycle evaluation sees it once repairs have been executed. A cycle counts the records in
     * effect on its period's last day, which is right for NEXT_CYCLE (Nanchuan 001 §34: the repair's own cycle keeps
     * the record, the bounded copy says so). Under IMMEDIATE (Guangdong 004 §38, "restore points and re-grade" at once)
     * the repair must also move a result evaluated as of a day before it (the published result in force, or a cycle
     * evaluated after the repair for a period that ended before it), so there a repair entry reads as a withdrawal of
     * the record it repaired. Every repair entry in an archive has been executed (it is written at execution).
     */
    public static List<CreditRecord> asCycleSees(List<CreditRecord> records, RepairRegrade policy) {
        if (policy != RepairRegrade.IMMEDIATE || records.stream().noneMatch(RepairEffect::isRepairEntry)) {
            return records;
        }
        return records.stream().map(r -> isRepairEntry(r) ? withdrawal(r) : r).toList();
    }

    private static CreditRecord withdrawal(CreditRecord r) {
        return new CreditRecord(r.id(), r.subjectId(), r.category(), r.polarity(), r.severity(), r.indicator(),
                r.summary(), r.basis(), r.effectiveFrom(), r.effectiveTo(), r.source(), r.recordedBy(), r.recordedAt(),
                r.supersedes(), true);
    }

    public static boolean isRepairEntry(CreditRecord r) {
        return r.supersedes() != null && r.summary() != null && r.summary().startsWith(MARK);
    }
}
