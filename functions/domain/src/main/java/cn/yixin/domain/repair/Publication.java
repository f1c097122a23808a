package cn.yixin.domain.repair;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;

import java.time.LocalDate;

/**
 * The publication period of a dishonesty record (R-11.2; Guangdong §38(二): counted from the date of the penalty).
 * Publication is not scoring: a record scores while it is in effect; it is published (shown beyond the
 * bureau and the subject, shared with the public credit platform) from its penalty date until its maximum period
 * ends or it is repaired, whichever is first.
 */
public final class Publication {

    /** Where a record's publication stands on a day. */
    public enum State {
        /** Published, and stays so until {@code maxEnd} unless repaired. */
        PUBLISHED,
        /** A minor act, which may stay unpublished. */
        NOT_PUBLISHED,
        /** Its maximum period is over: publication ended by itself. */
        ENDED,
        /** Repaired: publication ended and the record is shielded from public reads. */
        REPAIRED
    }

    private Publication() {
    }

    /** The penalty date: the basis document's date, else the day the record took effect. */
    public static LocalDate penaltyDate(CreditRecord r) {
        return r.basis() != null && r.basis().date() != null ? r.basis().date() : r.effectiveFrom();
    }

    public static boolean isDishonesty(CreditRecord r) {
        return r.polarity() == Polarity.NEGATIVE && !r.voided();
    }

    /** The first day repair may be applied for, as far as the minimum publication period goes. */
    public static LocalDate minimumEnds(CreditRecord r, RepairPolicy policy) {
        return penaltyDate(r).plusMonths(policy.minMonths(severity(r)));
    }

    /** The first day the record is no longer published: penalty date plus the maximum period. */
    public static LocalDate maximumEnds(CreditRecord r, RepairPolicy policy) {
        return penaltyDate(r).plusMonths(policy.maxMonths(severity(r)));
    }

    /**
     * The penalty dates whose maximum publication period ends on {@code day} under {@code policy}: for each distinct
     * maximum period {@code m}, the dates {@code p} with {@code p + m months = day} (one date, or up to four at a
     * month's end: 28–31 January + 1 month are all 28 February). The sweep looks these up instead of every archive.
     */
    public static java.util.SortedSet<LocalDate> penaltyDatesEndingOn(LocalDate day, RepairPolicy policy) {
        java.util.SortedSet<LocalDate> out = new java.util.TreeSet<>();
        for (Severity s : Severity.values()) {
            int m = policy.maxMonths(s);
            LocalDate first = day.minusMonths(m);
            for (LocalDate p = first; !p.isAfter(first.plusDays(3)); p = p.plusDays(1)) {
                if (p.plusMonths(m).equals(day)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The state on {@code day}, given whether it was repaired and whether the sweep has recorded the end. */
    public static State stateOn(CreditRecord r, RepairPolicy policy, LocalDate day, boolean repaired) {
        if (repaired) {
            return State.REPAIRED;
        }
        if (!day.isBefore(maximumEnds(r, policy))) {
            return State.ENDED;
        }
        return severity(r) == Severity.MINOR ? State.NOT_PUBLISHED : State.PUBLISHED;
    }

    private static Severity severity(CreditRecord r) {
        return r.severity() == null ? Severity.GENERAL : r.severity();
    }
}
