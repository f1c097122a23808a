package cn.yixin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a subject's credit archive (R-3.1–3.5). Entries are never changed: a correction is a new entry
 * whose {@code supersedes} names the entry it replaces, and the replaced one stops counting.
 *
 * @param indicator    the indicator item code it scores under, or null to match by category/polarity/severity
 * @param severity     null for positive records
 * @param basis        required for negative records
 * @param effectiveTo  null: open-ended
 * @param supersedes   id of the entry this one corrects, or null
 * @param voided       true when this entry withdraws the one it supersedes without replacing it
 */
public record CreditRecord(
        String id,
        String subjectId,
        InfoCategory category,
        Polarity polarity,
        Severity severity,
        String indicator,
        String summary,
        BasisDocument basis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source,
        String recordedBy,
        Instant recordedAt,
        String supersedes,
        boolean voided) {

    /** China's time zone: the day a record is recorded on, and every working day, is a Beijing-time day. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The day it was recorded on, in China; a boundary on or before it was counted when it was written. */
    public LocalDate recordedDay() {
        return recordedAt == null ? LocalDate.MIN : LocalDate.ofInstant(recordedAt, CHINA);
    }

    /**
     * The days after its recording day on which this record starts counting ({@code effectiveFrom}) or stops
     * ({@code effectiveTo + 1}) by date alone: when nothing is written those days, a grade moves only if the
     * daily sweep re-grades. Empty for a withdrawal, which never counts.
     */
    public List<LocalDate> futureBoundaries() {
        if (voided) {
            return List.of();
        }
        LocalDate recorded = recordedDay();
        List<LocalDate> out = new ArrayList<>(2);
        if (effectiveFrom != null && effectiveFrom.isAfter(recorded)) {
            out.add(effectiveFrom);
        }
        // Distinct days: a period that ends before it starts (a repaired copy of a record not yet in effect) would
        // otherwise give the same day twice, and one transaction cannot write one row twice.
        if (effectiveTo != null && effectiveTo.plusDays(1).isAfter(recorded) && !out.contains(effectiveTo.plusDays(1))) {
            out.add(effectiveTo.plusDays(1));
        }
        return List.copyOf(out);
    }

    /** In effect on {@code day}: from {@code effectiveFrom} through {@code effectiveTo}, both inclusive. */
    public boolean inEffectOn(LocalDate day) {
        return !voided && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
