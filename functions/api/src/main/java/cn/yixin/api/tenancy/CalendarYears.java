package cn.yixin.api.tenancy;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.calendar.CalendarWarning;
import cn.yixin.domain.calendar.HolidayNotice;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import cn.yixin.domain.calendar.YearSpec;
import cn.yixin.store.CalendarRepository;
import cn.yixin.store.CalendarYearRecord;
import cn.yixin.store.TenantSummary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform operator loads a year's holiday notice over the API (issue 12.11, R-10.1): validated, stored as a
 * new version with who, when, why and the source document, and copied to every onboarded tenant in the same
 * transaction, so every tenant on that calendar counts on it at once, without a redeploy. Years not loaded this way
 * come from the bundled files ({@code tenants/calendars/<name>-<year>.yaml}).
 */
@Singleton
public class CalendarYears {

    private final TenantDirectory directory;
    private final CalendarRepository repository;
    private final Clock clock;

    public CalendarYears(TenantDirectory directory, CalendarRepository repository, Clock clock) {
        this.directory = directory;
        this.repository = repository;
        this.clock = clock;
    }

    /** The request body: the notice's days and the document they come from. */
    @Serdeable
    public record Notice(@Nullable String source, @Nullable List<Day> holidays, @Nullable List<Day> makeUpWorkdays) {
    }

    /** One listed day: {@code {"date": "2027-01-01", "name": "元旦"}}. */
    @Serdeable
    public record Day(@Nullable String date, @Nullable String name) {
        static List<HolidayNotice.Day> toDomain(List<Day> days) {
            return days == null ? null : days.stream()
                    .map(d -> d == null ? null : new HolidayNotice.Day(d.date(), d.name())).toList();
        }
    }

    /** One year of a calendar as the platform sees it: from the bundled file, or loaded over the API (versioned). */
    @Serdeable
    public record Year(int year, String origin, @Nullable Integer version, @Nullable String source,
                       int holidays, int makeUpWorkdays, @Nullable Instant loadedAt, @Nullable String loadedBy,
                       @Nullable String reason) {

        static Year of(CalendarYearRecord r) {
            return new Year(r.year(), "API", r.version(), r.source(), r.holidays().size(), r.makeUpWorkdays().size(),
                    r.loadedAt(), r.loadedBy(), r.reason());
        }
    }

    @Serdeable
    public record Warning(String code, String calendar, int year, String zh, String en) {
        static Warning of(CalendarWarning w) {
            return new Warning(w.code(), w.calendar(), w.year(), w.zh(), w.en());
        }
    }

    @Serdeable
    public record CalendarStatus(String calendar, List<Year> years, List<Warning> warnings) {
    }

    @Serdeable
    public record Listing(LocalDate today, List<CalendarStatus> calendars, List<Warning> warnings) {
    }

    @Serdeable
    public record Loaded(String calendar, Year loaded, List<String> tenants) {
    }

    @Serdeable
    public record History(String calendar, int year, List<Year> versions) {
    }

    /**
     * @param expectedVersion the version the load replaces ({@code If-Match}); null for a year not loaded yet
     * @throws DomainException NOT_FOUND {@code CALENDAR_NOT_FOUND}; INVALID {@code HOLIDAY_NOTICE_INVALID};
     *                         CONFLICT {@code CALENDAR_VERSION_CONFLICT}
     */
    public Loaded load(String calendar, int year, Notice notice, @Nullable Integer expectedVersion, String actor,
                       @Nullable String reason) {
        requireKnown(calendar);
        Notice n = notice == null ? new Notice(null, null, null) : notice;
        HolidayNotice.Validated valid = HolidayNotice.validate(year, n.source(), Day.toDomain(n.holidays()),
                Day.toDomain(n.makeUpWorkdays()));
        Optional<CalendarYearRecord> current = current(calendar, year);
        int currentVersion = current.map(CalendarYearRecord::version).orElse(0);
        int expected = expectedVersion == null ? 0 : expectedVersion;
        if (expected != currentVersion) {
            throw ProblemCode.CALENDAR_VERSION_CONFLICT.withDetails(Map.of("field", "If-Match", "currentVersion", currentVersion), ProblemCode.Bilingual.of(
                    currentVersion == 0
                            ? "尚未通过接口载入过，首次载入请不要发送 If-Match 头。"
                            : "已载入第 " + currentVersion + " 版；如需更正，请在 If-Match 头中注明 " + currentVersion + "。",
                    currentVersion == 0
                            ? "it was never loaded over the API: send no If-Match header for a first load."
                            : "version " + currentVersion + " is loaded; to replace it, send If-Match: " + currentVersion + "."));
        }
        YearSpec spec = valid.spec();
        CalendarYearRecord next = new CalendarYearRecord(calendar, year, currentVersion + 1, spec.holidays(),
                spec.makeUpWorkdays(), valid.source(), clock.instant(), actor,
                reason == null || reason.isBlank() ? (currentVersion == 0 ? "load" : "replace") : reason.trim());
        List<String> tenants = directory.list().stream().map(TenantSummary::tenantId).sorted().toList();
        repository.load(next, currentVersion, tenants);
        directory.forgetCalendars();
        return new Loaded(calendar, Year.of(next), tenants);
    }

    /** Every calendar with its years (bundled or loaded) and what is missing as of today. */
    public Listing list() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), cn.yixin.domain.CreditRecord.CHINA);
        List<CalendarYearRecord> loaded = repository.currentYears();
        List<CalendarStatus> out = new ArrayList<>();
        List<Warning> all = new ArrayList<>();
        for (String name : directory.calendarNames().stream().sorted().toList()) {
            WorkingDayCalendar bundled = directory.calendar(name);
            List<CalendarYearRecord> mine = loaded.stream().filter(r -> r.calendar().equals(name)).toList();
            List<Year> years = new ArrayList<>();
            for (int y : bundled.withYears(mine.stream().map(r -> new YearSpec(r.year(), r.holidays(),
                    r.makeUpWorkdays())).toList()).years()) {
                Optional<CalendarYearRecord> api = mine.stream().filter(r -> r.year() == y).findFirst();
                years.add(api.map(Year::of).orElseGet(() -> fileYear(bundled, name, y)));
            }
            WorkingDayCalendar merged = bundled.withYears(mine.stream()
                    .map(r -> new YearSpec(r.year(), r.holidays(), r.makeUpWorkdays())).toList());
            List<Warning> warnings = CalendarWarning.check(merged, today).map(Warning::of).stream().toList();
            all.addAll(warnings);
            out.add(new CalendarStatus(name, years, warnings));
        }
        return new Listing(today, out, all);
    }

    public History history(String calendar, int year) {
        requireKnown(calendar);
        return new History(calendar, year, repository.versions(calendar, year).stream().map(Year::of).toList());
    }

    private Optional<CalendarYearRecord> current(String calendar, int year) {
        return repository.currentYears().stream()
                .filter(r -> r.calendar().equals(calendar) && r.year() == year).findFirst();
    }

    private static Year fileYear(WorkingDayCalendar bundled, String name, int year) {
        return new Year(year, "FILE", null, "calendars/" + name + "-" + year + ".yaml",
                bundled.holidayCount(year), bundled.makeUpCount(year), null, null, null);
    }

    private void requireKnown(String calendar) {
        if (!directory.calendarNames().contains(calendar)) {
            throw ProblemCode.CALENDAR_NOT_FOUND.onField("calendarId", "", ProblemCode.Bilingual.of("可用的工作日历见平台的工作日历列表", "GET /platform/calendars lists them"));
        }
    }

    /** The loaded years every tenant copies at onboarding. */
    public List<CalendarYearRecord> currentYears() {
        return repository.currentYears();
    }
}
