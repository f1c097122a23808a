package cn.yixin.api.tenancy;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantConfigParser;
import cn.yixin.domain.calendar.YearSpec;
import cn.yixin.store.CalendarRepository;
import cn.yixin.store.TenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;
import cn.yixin.store.TenantSummary;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads tenants' configurations for the operations. A parsed version never changes, so versions are cached for the
 * life of the function; which version is current is re-read after a short time, so an update made through another
 * function instance takes effect within {@link #CURRENT_TTL} (and at once in the instance that made it).
 */
@Singleton
public class TenantDirectory {

    static final Duration CURRENT_TTL = Duration.ofSeconds(30);

    private final TenantConfigRepository repository;
    private final Clock clock;
    private final Map<String, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();
    private final Set<String> calendarNames;
    private final TenantsLocation location;
    private final Map<String, TenantConfig> parsed = new ConcurrentHashMap<>();
    private final Map<String, Current> current = new ConcurrentHashMap<>();
    private final CalendarRepository calendarYears;
    private final Map<String, TenantCalendar> tenantCalendars = new ConcurrentHashMap<>();

    private record Current(int version, Instant readAt) {
    }

    private record TenantCalendar(WorkingDayCalendar calendar, Instant readAt) {
    }

    public TenantDirectory(TenantConfigRepository repository, TenantsLocation location, Clock clock,
                           CalendarRepository calendarYears) {
        this.repository = repository;
        this.clock = clock;
        this.location = location;
        this.calendarYears = calendarYears;
        this.calendarNames = Set.copyOf(new TreeSet<>(WorkingDayCalendar.namesIn(location.calendarsDir())));
    }

    public Set<String> calendarNames() {
        return calendarNames;
    }

    /** The calendar as bundled in {@code tenants/calendars/} (the fallback when no year was loaded over the API). */
    public WorkingDayCalendar calendar(String name) {
        return calendars.computeIfAbsent(name, n -> WorkingDayCalendar.load(location.calendarsDir(), n));
    }

    /**
     * The calendar a tenant counts its deadlines on (issue 12.11): the bundled years, with the years the platform
     * operator loaded over the API (read from the tenant's own copies) in their place. Re-read after
     * {@link #CURRENT_TTL}, so a year loaded through another function instance takes effect within it, and at once
     * in the instance that loaded it.
     */
    public WorkingDayCalendar calendar(String tenantId, String name) {
        String key = tenantId + "@" + name;
        TenantCalendar c = tenantCalendars.get(key);
        if (c == null || c.readAt.plus(CURRENT_TTL).isBefore(clock.instant())) {
            List<YearSpec> loaded = calendarYears.tenantYears(tenantId, name).stream()
                    .map(r -> new YearSpec(r.year(), r.holidays(), r.makeUpWorkdays())).toList();
            c = new TenantCalendar(calendar(name).withYears(loaded), clock.instant());
            tenantCalendars.put(key, c);
        }
        return c.calendar;
    }

    /** Forgets every tenant's merged calendars (this instance just loaded a year). */
    void forgetCalendars() {
        tenantCalendars.clear();
    }

    /** The tenant's current configuration; NOT_FOUND {@code TENANT_NOT_FOUND} if it was never onboarded. */
    public ActiveConfig current(String tenantId) {
        Current c = current.get(tenantId);
        if (c == null || c.readAt.plus(CURRENT_TTL).isBefore(clock.instant())) {
            int v = repository.currentVersion(tenantId).orElseThrow(() -> tenantNotFound(tenantId));
            c = new Current(v, clock.instant());
            current.put(tenantId, c);
        }
        return version(tenantId, c.version);
    }

    public ActiveConfig version(String tenantId, int version) {
        TenantConfig config = parsed.computeIfAbsent(tenantId + "@" + version, k -> parse(
                repository.version(tenantId, version).orElseThrow(() -> versionNotFound(tenantId, version))));
        return new ActiveConfig(config, version, calendar(tenantId, config.calendar()));
    }

    /** Parses a document as the tenant file loader does: one parser for files, API bodies and stored versions. */
    public TenantConfig parse(String sourceName, String text) {
        return TenantConfigParser.parse(sourceName, text, calendarNames);
    }

    void remember(String tenantId, int version) {
        current.put(tenantId, new Current(version, clock.instant()));
    }

    public List<TenantSummary> list() {
        return repository.list();
    }

    private TenantConfig parse(TenantConfigVersion v) {
        return parse("tenant " + v.tenantId() + " v" + v.version(), v.documentJson());
    }

    static DomainException tenantNotFound(String tenantId) {
        return ProblemCode.TENANT_NOT_FOUND.of();
    }

    static DomainException versionNotFound(String tenantId, int version) {
        return ProblemCode.CONFIG_VERSION_NOT_FOUND.of();
    }
}
