package cn.yixin.domain.exchange;

import cn.yixin.domain.calendar.WorkingDayCalendar;
import cn.yixin.domain.calendar.YearSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CorrectionDeadlineTest {

    // 2026: 1–3 October a holiday week (Thursday to Saturday here), Sunday 4 October a make-up working day.
    static final WorkingDayCalendar CAL = WorkingDayCalendar.of("test", new YearSpec(2026,
            Map.of(LocalDate.of(2026, 10, 1), "国庆节", LocalDate.of(2026, 10, 2), "国庆节",
                    LocalDate.of(2026, 10, 5), "国庆节"),
            Map.of(LocalDate.of(2026, 10, 4), "国庆节调休")));

    @Test
    @DisplayName("R-3.6: the due day is the third working day after the correction, on the tenant's calendar")
    void dueOnCountsWorkingDaysOfTheCalendar() {
        // Monday 2026-03-02: Tue, Wed, Thu.
        assertEquals(LocalDate.of(2026, 3, 5), CorrectionDeadline.dueOn(CAL, LocalDate.of(2026, 3, 2)));
        // Friday: Mon, Tue, Wed (the weekend does not count).
        assertEquals(LocalDate.of(2026, 3, 11), CorrectionDeadline.dueOn(CAL, LocalDate.of(2026, 3, 6)));
        // Wednesday 30 September: 1, 2 October are holidays, 3 is a Saturday, 4 a make-up working day, 5 a holiday.
        assertEquals(LocalDate.of(2026, 10, 7), CorrectionDeadline.dueOn(CAL, LocalDate.of(2026, 9, 30)));
        // Outside the calendar: no due day, never guessed.
        assertNull(CorrectionDeadline.dueOn(CAL, LocalDate.of(2026, 12, 30)));
    }

    @Test
    @DisplayName("R-3.6: a propagation is pending, overdue, failed, shared on time or late")
    void states() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        assertEquals(CorrectionDeadline.State.PENDING, CorrectionDeadline.state(due, null, false, due));
        assertEquals(CorrectionDeadline.State.OVERDUE, CorrectionDeadline.state(due, null, false, due.plusDays(1)));
        assertEquals(CorrectionDeadline.State.FAILED, CorrectionDeadline.state(due, null, true, due));
        assertEquals(CorrectionDeadline.State.OVERDUE, CorrectionDeadline.state(due, null, true, due.plusDays(1)));
        assertEquals(CorrectionDeadline.State.SHARED_ON_TIME, CorrectionDeadline.state(due, due, false, due.plusDays(9)));
        assertEquals(CorrectionDeadline.State.SHARED_LATE, CorrectionDeadline.state(due, due.plusDays(1), false, due));
        assertEquals(CorrectionDeadline.State.NO_CALENDAR, CorrectionDeadline.state(null, null, false, due));
    }
}
