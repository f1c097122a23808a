package cn.yixin.domain.calendar;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigProblem;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.config.StrictYaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one {@code tenants/calendars/<name>-<year>.yaml}. A bureau edits these every year by hand, so every
 * mistake in a file is reported at once, each naming the file and the entry.
 */
public final class CalendarFile {

    private CalendarFile() {
    }

    /**
     * @param sourceName   how problems name the file, e.g. {@code calendars/cn-mainland-2026.yaml}
     * @param expectedName the calendar name the file name promises
     * @param expectedYear the year the file name promises
     * @throws DomainException code {@code CALENDAR_INVALID} listing every problem in {@code details().problems}
     */
    public static YearSpec parse(String sourceName, String text, String expectedName, int expectedYear) {
        ConfigReader reader = new ConfigReader(sourceName);
        Optional<Object> document = StrictYaml.parse(text, reader);
        YearSpec spec = document.map(d -> read(reader, reader.map("", d), expectedName, expectedYear)).orElse(null);
        if (reader.hasProblems() || spec == null) {
            throw invalid(sourceName, reader.problems());
        }
        return spec;
    }

    private static YearSpec read(ConfigReader reader, ConfigMap root, String expectedName, int expectedYear) {
        String name = root.string("name", true);
        if (name != null && !name.equals(expectedName)) {
            root.problem("name", "is '" + name + "' but the file name says '" + expectedName + "'");
        }
        Integer year = root.integer("year", true);
        if (year != null && year != expectedYear) {
            root.problem("year", "is " + year + " but the file name says " + expectedYear);
        }
        root.string("source", false);
        int y = year == null ? expectedYear : year;
        Map<LocalDate, String> holidays = entries(reader, root, "holidays", y);
        Map<LocalDate, String> makeUps = entries(reader, root, "makeUpWorkdays", y);
        List<?> makeUpList = root.list("makeUpWorkdays", false);
        int i = 0;
        for (Object item : makeUpList == null ? List.of() : makeUpList) {
            LocalDate d = dateOf(item);
            String path = ConfigReader.index("makeUpWorkdays", i++) + ".date";
            if (d != null && d.getYear() == y && !YearSpec.isWeekend(d)) {
                reader.problem(path, d + " is a " + d.getDayOfWeek() + ", already a working day;"
                        + " only Saturdays and Sundays can be make-up workdays");
            }
            if (d != null && holidays.containsKey(d)) {
                reader.problem(path, d + " is also listed under holidays");
            }
        }
        root.rejectUnknownKeys();
        return reader.hasProblems() ? null : new YearSpec(y, holidays, makeUps);
    }

    private static Map<LocalDate, String> entries(ConfigReader reader, ConfigMap root, String key, int year) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        List<?> list = root.list(key, true);
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = ConfigReader.index(key, i);
            ConfigMap entry = reader.map(path, list.get(i));
            String text = entry.string("date", true);
            String name = entry.string("name", true);
            entry.rejectUnknownKeys();
            if (text == null) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                entry.problem("date", "'" + text + "' is not a date (YYYY-MM-DD)");
                continue;
            }
            if (date.getYear() != year) {
                entry.problem("date", date + " is not in " + year);
            } else if (out.containsKey(date)) {
                entry.problem("date", date + " is listed twice under " + key);
            } else {
                out.put(date, name == null ? "" : name);
            }
        }
        return out;
    }

    private static LocalDate dateOf(Object item) {
        if (item instanceof Map<?, ?> m && m.get("date") instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static DomainException invalid(String sourceName, List<ConfigProblem> problems) {
        String list = problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; "));
        return ProblemCode.CALENDAR_INVALID.withDetails(Map.of("source", sourceName, "problems", problems.stream().map(ConfigProblem::toMap).toList()),
                ProblemCode.Bilingual.of("文件 " + sourceName + " 有 " + problems.size() + " 处错误：" + list, "file " + sourceName + " has " + problems.size() + " problem(s): " + list));
    }
}
