package cn.yixin.domain.calendar;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.RepoRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected dates were worked out by hand from /work/shared/domain/HOLIDAYS.md, day by day. */
class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadRealCalendar() {
        calendar = WorkingDayCalendar.load(RepoRoot.calendars(), "cn-mainland");
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("R-10.1: the real cn-mainland calendar loads 2025 and 2026 and nothing else")
    void loadsBothYears() {
        assertEquals("cn-mainland", calendar.name());
        assertEquals(2025, calendar.firstYear());
        assertEquals(2026, calendar.lastYear());
    }

    @DisplayName("R-10.1: weekdays minus holidays plus make-up weekend days are working days")
    @ParameterizedTest(name = "R-10.1: {0} is a working day: {1}")
    @CsvSource({
            "2026-02-13, true",   // Friday before the Spring Festival block
            "2026-02-14, true",   // Saturday, make-up workday
            "2026-02-16, false",  // Monday, 春节 off
            "2026-02-23, false",  // Monday, last day of the block
            "2026-02-24, true",
            "2026-02-28, true",   // Saturday, make-up workday
            "2026-03-07, false",  // ordinary Saturday
            "2026-03-09, true",   // ordinary Monday
            "2026-09-20, true",   // Sunday, make-up workday
            "2026-09-25, false",  // Friday, 中秋节
            "2026-10-10, true",   // Saturday, make-up workday
            "2026-10-11, false",  // ordinary Sunday
            "2025-01-26, true",   // Sunday, make-up workday
            "2025-02-04, false",  // Tuesday, 春节 off
            "2025-10-08, false",  // Wednesday, 国庆节 off
            "2025-10-11, true",   // Saturday, make-up workday
            "2025-12-31, true",
            "2026-01-02, false",  // Friday, 元旦
            "2026-01-04, true",   // Sunday, make-up workday
    })
    void workingDays(LocalDate day, boolean expected) {
        assertEquals(expected, calendar.isWorkingDay(day));
    }

    @DisplayName("R-10.1/R-6.2: deadlines count working days from the day after the notice")
    @ParameterizedTest(name = "R-10.1/R-6.2: notice {0} + {1} working days = {2}")
    @CsvSource({
            // 2026 Spring Festival: 13 Fri, 14 Sat (WORK), 15–23 off, then 24, 25, 26.
            "2026-02-12, 5, 2026-02-26",
            "2026-02-12, 2, 2026-02-14",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-14, 1, 2026-02-24",
            "2026-02-12, 10, 2026-03-04",  // 13, 14, 24–27, 28 (WORK), 2, 3, 4 Mar
            // 2026 National Day / Mid-Autumn: 20 Sep (Sun, WORK), 25–27 off, 1–7 Oct off, 10 Oct (Sat, WORK).
            "2026-09-18, 1, 2026-09-20",
            "2026-09-18, 3, 2026-09-22",
            "2026-09-24, 3, 2026-09-30",
            "2026-09-24, 5, 2026-10-09",
            "2026-09-24, 6, 2026-10-10",
            "2026-09-24, 7, 2026-10-12",
            "2026-10-01, 1, 2026-10-08",   // a notice served on a holiday still counts from the next working day
            // 2025 Spring Festival: 26 Jan (Sun, WORK), 28 Jan–4 Feb off, 8 Feb (Sat, WORK).
            "2025-01-24, 1, 2025-01-26",
            "2025-01-24, 2, 2025-01-27",
            "2025-01-24, 3, 2025-02-05",
            "2025-01-24, 6, 2025-02-08",
            // 2025 National Day: 28 Sep (Sun, WORK), 1–8 Oct off, 11 Oct (Sat, WORK).
            "2025-09-26, 1, 2025-09-28",
            "2025-09-26, 4, 2025-10-09",
            "2025-09-26, 6, 2025-10-11",
            // Across the year boundary into 2026's 元旦 block.
            "2025-12-30, 2, 2026-01-04",
            "2025-12-30, 3, 2026-01-05",
            // Ordinary weekend.
            "2026-03-06, 1, 2026-03-09",
            // 15 working days from an ordinary notice — no holidays in between.
            "2026-03-02, 15, 2026-03-23",
            "2026-12-28, 3, 2026-12-31",
    })
    void deadlines(LocalDate notice, int days, LocalDate expected) {
        assertEquals(expected, calendar.addWorkingDays(notice, days));
    }

    @Test
    @DisplayName("R-10.1: zero working days is the notice day itself; negative is a programming error")
    void zeroAndNegative() {
        assertEquals(d("2026-02-16"), calendar.addWorkingDays(d("2026-02-16"), 0));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(d("2026-02-16"), -1));
    }

    @Test
    @DisplayName("R-10.1: workingDaysAfter counts (from, to] and agrees with addWorkingDays")
    void workingDaysAfter() {
        assertEquals(5, calendar.workingDaysAfter(d("2026-02-12"), d("2026-02-26")));
        assertEquals(1, calendar.workingDaysAfter(d("2026-02-13"), d("2026-02-23")));
        assertEquals(0, calendar.workingDaysAfter(d("2026-02-14"), d("2026-02-23")));
        assertEquals(0, calendar.workingDaysAfter(d("2026-02-14"), d("2026-02-14")));
        assertEquals(0, calendar.workingDaysAfter(d("2026-02-20"), d("2026-02-10")));
        for (int n = 1; n <= 30; n++) {
            LocalDate end = calendar.addWorkingDays(d("2025-09-20"), n);
            assertEquals(n, calendar.workingDaysAfter(d("2025-09-20"), end), "n=" + n);
            assertEquals(n - 1, calendar.workingDaysAfter(d("2025-09-20"), end.minusDays(1)), "n=" + n);
        }
    }

    @Test
    @DisplayName("R-10.1: a deadline running past 2026 is DATE_OUTSIDE_CALENDAR naming the date and loaded years")
    void pastLastYear() {
        DomainException e = assertThrows(DomainException.class, () -> calendar.addWorkingDays(d("2026-12-28"), 4));
        assertEquals("DATE_OUTSIDE_CALENDAR", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertTrue(e.messageEn().contains("2027-01-01"), e.messageEn());
        assertTrue(e.messageEn().contains("2025, 2026"), e.messageEn());
        assertTrue(e.messageZh().contains("2027-01-01") && e.messageZh().contains("2025、2026"), e.messageZh());
        assertEquals(List.of(2025, 2026), e.details().get("loadedYears"));
    }

    @Test
    @DisplayName("R-10.1: isWorkingDay and workingDaysAfter refuse dates before and after the loaded years")
    void outsideYears() {
        for (LocalDate day : List.of(d("2024-12-31"), d("2027-01-04"))) {
            DomainException e = assertThrows(DomainException.class, () -> calendar.isWorkingDay(day));
            assertEquals("DATE_OUTSIDE_CALENDAR", e.code());
            assertTrue(e.messageEn().contains(day.toString()));
        }
        DomainException e = assertThrows(DomainException.class,
                () -> calendar.workingDaysAfter(d("2026-12-30"), d("2027-01-05")));
        assertEquals("2027-01-01", e.details().get("date"));
    }

    @Test
    @DisplayName("R-10.1: a year missing in the middle is unknown too, not assumed ordinary")
    void gapYear() {
        WorkingDayCalendar gappy = WorkingDayCalendar.of("test",
                new YearSpec(2025, Map.of(), Map.of()), new YearSpec(2027, Map.of(), Map.of()));
        assertTrue(gappy.isWorkingDay(d("2025-12-31")));
        DomainException e = assertThrows(DomainException.class, () -> gappy.addWorkingDays(d("2025-12-31"), 1));
        assertEquals("DATE_OUTSIDE_CALENDAR", e.code());
        assertTrue(e.messageEn().contains("2026-01-01") && e.messageEn().contains("2025, 2027"), e.messageEn());
    }

    @Test
    @DisplayName("R-10.1: in-memory calendar: holidays remove weekdays, make-up days add weekends")
    void inMemory() {
        WorkingDayCalendar c = WorkingDayCalendar.of("mini", new YearSpec(2030,
                Map.of(d("2030-01-01"), "元旦"), Map.of(d("2030-01-05"), "调休")));
        assertFalse(c.isWorkingDay(d("2030-01-01")));      // Tuesday holiday
        assertTrue(c.isWorkingDay(d("2030-01-05")));       // Saturday make-up
        assertFalse(c.isWorkingDay(d("2030-01-06")));      // Sunday
        assertEquals(d("2030-01-07"), c.addWorkingDays(d("2030-01-04"), 2));
    }

    @Test
    @DisplayName("R-10.1: an in-memory year with a weekday make-up day, or a day in both lists, is CALENDAR_INVALID")
    void inMemoryInvalid() {
        DomainException weekday = assertThrows(DomainException.class,
                () -> new YearSpec(2030, Map.of(), Map.of(d("2030-01-07"), "x")));
        assertEquals("CALENDAR_INVALID", weekday.code());
        DomainException both = assertThrows(DomainException.class,
                () -> new YearSpec(2030, Map.of(d("2030-01-05"), "x"), Map.of(d("2030-01-05"), "x")));
        assertEquals("CALENDAR_INVALID", both.code());
        DomainException wrongYear = assertThrows(DomainException.class,
                () -> new YearSpec(2030, Map.of(d("2031-01-01"), "x"), Map.of()));
        assertEquals("CALENDAR_INVALID", wrongYear.code());
        DomainException twice = assertThrows(DomainException.class, () -> WorkingDayCalendar.of("t",
                new YearSpec(2030, Map.of(), Map.of()), new YearSpec(2030, Map.of(), Map.of())));
        assertEquals("CALENDAR_INVALID", twice.code());
    }
}
