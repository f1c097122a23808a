package cn.yixin.domain.calendar;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarFileTest {

    private static final String SOURCE = "calendars/test-2026.yaml";

    private static String file(String holidays, String makeUps) {
        return "name: test\nyear: 2026\nsource: 通知\nholidays:\n" + holidays + "makeUpWorkdays:\n" + makeUps;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(DomainException e) {
        return ((List<Map<String, Object>>) e.details().get("problems")).stream()
                .map(p -> p.get("location") + ": " + p.get("message")).toList();
    }

    private static DomainException rejected(String text) {
        DomainException e = assertThrows(DomainException.class, () -> CalendarFile.parse(SOURCE, text, "test", 2026));
        assertEquals("CALENDAR_INVALID", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        return e;
    }

    @Test
    @DisplayName("R-10.1: a well-formed calendar file reads its holidays and make-up workdays")
    void wellFormed() {
        YearSpec spec = CalendarFile.parse(SOURCE, file("  - { date: 2026-01-01, name: 元旦 }\n",
                "  - { date: 2026-01-04, name: 元旦 }\n"), "test", 2026);
        assertEquals(2026, spec.year());
        assertEquals(Map.of(LocalDate.parse("2026-01-01"), "元旦"), spec.holidays());
        assertEquals(Map.of(LocalDate.parse("2026-01-04"), "元旦"), spec.makeUpWorkdays());
    }

    @Test
    @DisplayName("R-10.1: a bad date is CALENDAR_INVALID naming the file and the entry")
    void badDate() {
        DomainException e = rejected(file("  - { date: 2026-02-30, name: x }\n", "  - { date: 2026-01-03, name: x }\n"));
        assertEquals(List.of(SOURCE + ": holidays[0].date: '2026-02-30' is not a date (YYYY-MM-DD)"), problems(e));
        assertTrue(e.messageEn().contains(SOURCE) && e.messageZh().contains(SOURCE));
    }

    @Test
    @DisplayName("R-10.1: a date outside the file's year, a weekday make-up day and a duplicate are all reported together")
    void everyProblemAtOnce() {
        DomainException e = rejected(file(
                "  - { date: 2026-01-01, name: 元旦 }\n  - { date: 2025-12-31, name: x }\n  - { date: 2026-01-01, name: 元旦 }\n",
                "  - { date: 2026-02-16, name: 春节 }\n  - { date: 2026-01-01, name: 元旦 }\n"));
        List<String> p = problems(e);
        assertEquals(List.of(
                SOURCE + ": holidays[1].date: 2025-12-31 is not in 2026",
                SOURCE + ": holidays[2].date: 2026-01-01 is listed twice under holidays",
                SOURCE + ": makeUpWorkdays[0].date: 2026-02-16 is a MONDAY, already a working day;"
                        + " only Saturdays and Sundays can be make-up workdays",
                SOURCE + ": makeUpWorkdays[1].date: 2026-01-01 is a THURSDAY, already a working day;"
                        + " only Saturdays and Sundays can be make-up workdays",
                SOURCE + ": makeUpWorkdays[1].date: 2026-01-01 is also listed under holidays"), p);
    }

    @Test
    @DisplayName("R-10.1: name and year must agree with the file name; unknown keys and missing lists are refused")
    void headerMismatch() {
        String text = "name: other\nyear: 2025\nholiday: []\nmakeUpWorkdays: []\n";
        List<String> p = problems(rejected(text));
        assertTrue(p.contains(SOURCE + ": name: is 'other' but the file name says 'test'"), p.toString());
        assertTrue(p.contains(SOURCE + ": year: is 2025 but the file name says 2026"), p.toString());
        assertTrue(p.contains(SOURCE + ": holidays: required"), p.toString());
        assertTrue(p.contains(SOURCE + ": holiday: unknown key"), p.toString());
    }

    @Test
    @DisplayName("R-10.1: dates must be text YYYY-MM-DD, not YAML's implicit timestamps in another format")
    void wrongDateFormat() {
        List<String> p = problems(rejected(file("  - { date: 2026/01/01, name: x }\n", "  - { date: 20260104, name: x }\n")));
        assertTrue(p.contains(SOURCE + ": holidays[0].date: '2026/01/01' is not a date (YYYY-MM-DD)"), p.toString());
        assertTrue(p.contains(SOURCE + ": makeUpWorkdays[0].date: must be non-empty text (got 20260104)"), p.toString());
    }

    @Test
    @DisplayName("R-10.1: load() names the broken file in the error")
    void loadNamesFile(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("calendars"));
        Files.writeString(dir.resolve("cn-test-2025.yaml"),
                "name: cn-test\nyear: 2025\nholidays: []\nmakeUpWorkdays: []\n");
        Files.writeString(dir.resolve("cn-test-2026.yaml"),
                "name: cn-test\nyear: 2026\nholidays: []\nmakeUpWorkdays:\n  - { date: 2026-03-03, name: x }\n");
        DomainException e = assertThrows(DomainException.class, () -> WorkingDayCalendar.load(dir, "cn-test"));
        assertEquals("CALENDAR_INVALID", e.code());
        assertEquals(List.of("calendars/cn-test-2026.yaml: makeUpWorkdays[0].date: 2026-03-03 is a TUESDAY, already a"
                + " working day; only Saturdays and Sundays can be make-up workdays"), problems(e));
    }

    @Test
    @DisplayName("R-10.1: load() reads every year of the named calendar only, and a missing calendar is CALENDAR_NOT_FOUND")
    void loadSelectsByName(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("calendars"));
        Files.writeString(dir.resolve("cn-test-2025.yaml"), "name: cn-test\nyear: 2025\nholidays: []\nmakeUpWorkdays: []\n");
        Files.writeString(dir.resolve("cn-test-2026.yaml"), "name: cn-test\nyear: 2026\nholidays: []\nmakeUpWorkdays: []\n");
        Files.writeString(dir.resolve("other-2030.yaml"), "name: other\nyear: 2030\nholidays: []\nmakeUpWorkdays: []\n");
        WorkingDayCalendar c = WorkingDayCalendar.load(dir, "cn-test");
        assertEquals(2025, c.firstYear());
        assertEquals(2026, c.lastYear());
        assertEquals(List.of("cn-test", "other"), WorkingDayCalendar.namesIn(dir));
        DomainException e = assertThrows(DomainException.class, () -> WorkingDayCalendar.load(dir, "missing"));
        assertEquals("CALENDAR_NOT_FOUND", e.code());
    }
}
