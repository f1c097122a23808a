package cn.yixin.domain.calendar;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.config.ConfigFiles;
import cn.yixin.domain.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working days for the windows of : Monday–Friday minus statutory holidays,
 * plus make-up workdays. Only the loaded years are known; asking about any other date is an error, because a
 * deadline computed from a guessed calendar is a deadline a bureau can be sued over.
 */
public final class WorkingDayCalendar {

    private static final Pattern FILE = Pattern.compile("(.+)-(\\d{4})\\.yaml");

    private final String name;
    private final SortedMap<Integer, YearSpec> years;

    private WorkingDayCalendar(String name, SortedMap<Integer, YearSpec> years) {
        this.name = name;
        this.years = years;
    }

    /** Reads every {@code <calendarsDir>/<name>-<year>.yaml}. */
    public static WorkingDayCalendar load(Path calendarsDir, String name) {
        List<YearSpec> specs = new ArrayList<>();
        for (Path file : ConfigFiles.list(calendarsDir, "")) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (m.matches() && m.group(1).equals(name)) {
                String source = calendarsDir.getFileName() + "/" + file.getFileName();
                specs.add(CalendarFile.parse(source, ConfigFiles.read(file), name, Integer.parseInt(m.group(2))));
            }
        }
        if (specs.isEmpty()) {
            throw ProblemCode.CALENDAR_NOT_FOUND.of(" " + name, ProblemCode.Bilingual.of(calendarsDir + " 下没有 " + name + "-<年份>.yaml", "no " + name + "-<year>.yaml in " + calendarsDir));
        }
        return of(name, specs);
    }

    /** The calendar names present in a calendars directory, from its file names. */
    public static List<String> namesIn(Path calendarsDir) {
        return ConfigFiles.list(calendarsDir, "").stream()
                .map(f -> FILE.matcher(f.getFileName().toString()))
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .distinct().sorted().toList();
    }

    public static WorkingDayCalendar of(String name, YearSpec... years) {
        return of(name, Arrays.asList(years));
    }

    public static WorkingDayCalendar of(String name, Collection<YearSpec> years) {
        if (years.isEmpty()) {
            throw ProblemCode.CALENDAR_INVALID.of(ProblemCode.Bilingual.of(name + " 没有任何年份", name + " has no years"));
        }
        SortedMap<Integer, YearSpec> byYear = new TreeMap<>();
        for (YearSpec spec : years) {
            if (byYear.put(spec.year(), spec) != null) {
                throw ProblemCode.CALENDAR_INVALID.of(ProblemCode.Bilingual.of(name + " 的 " + spec.year() + " 年出现两次", name + " has year " + spec.year() + " twice"));
            }
        }
        return new WorkingDayCalendar(name, byYear);
    }

    public String name() {
        return name;
    }

    /**
     * This calendar with some years replaced or added (issue 12.11: years the platform operator loaded over the API
     * take the place of the bundled file's year of the same number).
     */
    public WorkingDayCalendar withYears(Collection<YearSpec> loaded) {
        if (loaded.isEmpty()) {
            return this;
        }
        SortedMap<Integer, YearSpec> merged = new TreeMap<>(years);
        for (YearSpec spec : loaded) {
            merged.put(spec.year(), spec);
        }
        return new WorkingDayCalendar(name, merged);
    }

    /** The loaded years, oldest first. */
    public List<Integer> years() {
        return List.copyOf(years.keySet());
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    /** How many holidays a loaded year lists (0 for a year not loaded). */
    public int holidayCount(int year) {
        YearSpec s = years.get(year);
        return s == null ? 0 : s.holidays().size();
    }

    /** How many make-up workdays a loaded year lists (0 for a year not loaded). */
    public int makeUpCount(int year) {
        YearSpec s = years.get(year);
        return s == null ? 0 : s.makeUpWorkdays().size();
    }

    public int firstYear() {
        return years.firstKey();
    }

    public int lastYear() {
        return years.lastKey();
    }

    public boolean isWorkingDay(LocalDate day) {
        YearSpec spec = years.get(day.getYear());
        if (spec == null) {
            throw outside(day, "");
        }
        if (spec.makeUpWorkdays().containsKey(day)) {
            return true;
        }
        return !YearSpec.isWeekend(day) && !spec.holidays().containsKey(day);
    }

    /**
     * The day on which a window of {@code days} working days ends. The notice day itself is not counted: the first
     * counted day is the first working day after it. {@code days == 0} returns the notice day.
     */
    public LocalDate addWorkingDays(LocalDate noticeDay, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = noticeDay;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!years.containsKey(day.getYear())) {
                throw outside(day, noticeDay + " + " + days);
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in ({@code fromExclusive}, {@code toInclusive}]; 0 when {@code toInclusive} is not after the start. */
    public int workingDaysAfter(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private DomainException outside(LocalDate day, String computing) {
        String loaded = years.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String zhWhile = computing.isEmpty() ? "" : "（计算 " + computing.replace(" + ", " 加 ") + " 个工作日时）";
        String enWhile = computing.isEmpty() ? "" : " (while computing " + computing + " working days)";
        return new DomainException(DomainException.Kind.INVALID, "DATE_OUTSIDE_CALENDAR",
                "日期 " + day + " 不在工作日历 " + name + " 已载入的年份（" + loaded.replace(", ", "、") + "）内" + zhWhile
                        + "，无法确定是否为工作日；请先载入该年度的节假日安排",
                "Date " + day + " is outside working-day calendar " + name + " (loaded years: " + loaded + ")" + enWhile
                        + "; load that year's holiday notice first",
                Map.of("date", day.toString(), "calendar", name, "loadedYears", List.copyOf(years.keySet())));
    }


}
