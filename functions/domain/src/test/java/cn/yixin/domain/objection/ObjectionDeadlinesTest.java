package cn.yixin.domain.objection;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Windows counted by hand from tenants/calendars/cn-mainland-2026.yaml, day by day. */
class ObjectionDeadlinesTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.load(RepoRoot.calendars(), "cn-mainland");
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            // Shenzhen filing, 5 days, across National Day: 9-29, 9-30, 10-8, 10-9, 10-10 (Saturday make-up workday)
            "2026-09-28, 5, 2026-10-10, Shenzhen filing across National Day",
            // Nanchuan filing, 10 days, across Spring Festival: 2-13, 2-14 (make-up), 2-24..2-27, 2-28 (make-up), 3-2..3-4
            "2026-02-12, 10, 2026-03-04, Nanchuan filing across Spring Festival",
            // Nanchuan decision, 15 days, across National Day: 9-29, 9-30, 10-8, 10-9, 10-10, 10-12..16, 10-19..23
            "2026-09-28, 15, 2026-10-23, Nanchuan decision across National Day",
            // Nanchuan decision, 15 days, from a Spring Festival eve notice: 2-14, 2-24..27, 2-28, 3-2..6, 3-9..12
            "2026-02-13, 15, 2026-03-12, Nanchuan decision across Spring Festival",
            // A notice on a holiday: counting starts at the first working day after it (10-8)
            "2026-10-03, 5, 2026-10-13, notice on a holiday"
    })
    void windows(String from, int days, String due, String why) {
        assertEquals(d(due), ObjectionDeadlines.filingDue(calendar, d(from), days), why);
    }

    @Test
    @DisplayName("R-6.2: filed on the due day is in time; the next day is refused with the deadline it missed")
    void lateIsRefusedWithTheDeadline() {
        assertEquals(d("2026-10-10"), ObjectionDeadlines.requireInTime(calendar, d("2026-09-28"), 5, d("2026-10-10")));
        DomainException late = assertThrows(DomainException.class,
                () -> ObjectionDeadlines.requireInTime(calendar, d("2026-09-28"), 5, d("2026-10-11")));
        assertEquals("OBJECTION_WINDOW_CLOSED", late.code());
        assertEquals(DomainException.Kind.UNPROCESSABLE, late.kind());
        assertEquals("2026-10-10", late.details().get("deadline"));
        assertEquals(5, late.details().get("workingDays"));
        DomainException early = assertThrows(DomainException.class,
                () -> ObjectionDeadlines.requireInTime(calendar, d("2026-09-28"), 5, d("2026-09-27")));
        assertEquals("RECEIVED_BEFORE_NOTICE", early.code());
    }

    @Test
    @DisplayName("R-10.1: a window that runs past the loaded calendar is an error, not a guess")
    void outsideCalendar() {
        DomainException e = assertThrows(DomainException.class,
                () -> ObjectionDeadlines.decisionDue(calendar, d("2026-12-20"), 15));
        assertEquals("DATE_OUTSIDE_CALENDAR", e.code());
    }
}
