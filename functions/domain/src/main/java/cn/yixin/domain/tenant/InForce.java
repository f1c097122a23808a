package cn.yixin.domain.tenant;

import java.time.LocalDate;

/**
 * The period in force of the source document(s) a configuration version rests on (issue 12.10; 004 §43: Guangdong's
 * measures are in force from 2024-07-01 for two years). From the tenant file's {@code inForce:}; a file without one
 * states no period (a source "in force from issue", as Nanchuan's 001 §40, has no end).
 *
 * @param from  first day in force
 * @param until last day in force (inclusive), or null when the source sets no end
 * @param basis the article that sets the period
 */
public record InForce(LocalDate from, LocalDate until, String basis) {

    /** Days before its end from which a rulebook is listed as lapsing (issue 12.10). */
    public static final int WARN_DAYS = 90;

    public boolean lapsedOn(LocalDate day) {
        return until != null && day.isAfter(until);
    }

    public boolean notYetOn(LocalDate day) {
        return from != null && day.isBefore(from);
    }

    /** Lapses within {@link #WARN_DAYS} after {@code day}, not yet lapsed. */
    public boolean lapsesSoon(LocalDate day) {
        return until != null && !lapsedOn(day) && !day.plusDays(WARN_DAYS).isBefore(until);
    }

    public boolean inForceOn(LocalDate day) {
        return !lapsedOn(day) && !notYetOn(day);
    }
}
