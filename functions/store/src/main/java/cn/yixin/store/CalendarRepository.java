package cn.yixin.store;

import java.util.List;
import java.util.Optional;

/**
 * Working-day calendar years loaded over the API (issue 12.11). The platform keeps every version
 * ({@code PLATFORM#CALENDARS}); each tenant holds a copy of the current version of every loaded year in its own
 * configuration partition, so a tenant-fenced function reads it without touching a platform key.
 */
public interface CalendarRepository {

    /**
     * Stores {@code next} as the current version of its year, after {@code expectedVersion} (0: not loaded yet), and
     * copies it to every tenant in {@code tenantIds}, in one transaction. CONFLICT {@code CALENDAR_VERSION_CONFLICT}
     * when the current version is not {@code expectedVersion}.
     */
    CalendarYearRecord load(CalendarYearRecord next, int expectedVersion, List<String> tenantIds);

    /** The current version of every loaded year of every calendar (platform use). */
    List<CalendarYearRecord> currentYears();

    /** Every version of one year, oldest first (platform use: the audit trail). */
    List<CalendarYearRecord> versions(String calendar, int year);

    /** The current loaded years of one calendar as the tenant's own copies hold them (tenant-fenced read). */
    List<CalendarYearRecord> tenantYears(String tenantId, String calendar);
}
