package cn.yixin.domain.exchange;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * R-3.6 (004 §31): an error in the bureau's own information is corrected within 3 working days and the correction
 * propagated to the public credit platform: a repair decision is shared back within 3 working days too. Every
 * withdrawing event (a revocation or a delisting, whatever its reason) therefore carries the day it is due on: the
 * third working day of the tenant's calendar after the day the correcting entry was recorded (that day not counted).
 * <p>
 * A propagation is done when the event is in the exchange database (前置库), the hand-over point the platform reads.
 */
public final class CorrectionDeadline {

    public static final int WORKING_DAYS = 3;

    /** Where a propagation stands on a given day. */
    public enum State {
        /** Still in the outbox, not yet due. */
        PENDING,
        /** Still in the outbox (or dead-lettered) and past its due day: the bureau must act. */
        OVERDUE,
        /** Failed on itself N times and kept in the dead-letter table, not yet due. */
        FAILED,
        /** In the exchange database on or before its due day. */
        SHARED_ON_TIME,
        /** In the exchange database, after its due day. */
        SHARED_LATE,
        /** The tenant's calendar does not cover the period: no due day can be computed (the calendar must be loaded). */
        NO_CALENDAR
    }

    private CorrectionDeadline() {
    }

    /** The due day, or null when the tenant's calendar does not cover the period (never guessed from weekdays). */
    public static LocalDate dueOn(WorkingDayCalendar calendar, LocalDate correctedOn) {
        if (calendar == null || correctedOn == null) {
            return null;
        }
        try {
            return calendar.addWorkingDays(correctedOn, WORKING_DAYS);
        } catch (DomainException outsideCalendar) {
            return null;
        }
    }

    /**
     * @param sharedOn the day it reached the exchange database, or null while it has not
     * @param deadLettered whether it was given up on after N tries (it will not arrive by itself)
     */
    public static State state(LocalDate dueOn, LocalDate sharedOn, boolean deadLettered, LocalDate today) {
        if (sharedOn != null) {
            return dueOn == null ? State.SHARED_ON_TIME : sharedOn.isAfter(dueOn) ? State.SHARED_LATE : State.SHARED_ON_TIME;
        }
        if (dueOn == null) {
            return State.NO_CALENDAR;
        }
        if (today.isAfter(dueOn)) {
            return State.OVERDUE;
        }
        return deadLettered ? State.FAILED : State.PENDING;
    }
}
