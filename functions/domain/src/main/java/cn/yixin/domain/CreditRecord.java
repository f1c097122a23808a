package cn.yixin.domain;

import java.time.Instant;
import java.time.LocalDate;

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

    /** In effect on {@code day}: from {@code effectiveFrom} through {@code effectiveTo}, both inclusive. */
    public boolean inEffectOn(LocalDate day) {
        return !voided && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
