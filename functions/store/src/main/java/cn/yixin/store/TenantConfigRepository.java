package cn.yixin.store;

import java.util.List;
import java.util.Optional;

/**
 * Tenant registry and configuration versions. Versions are appended, never rewritten. The registry (a platform
 * concern) and each tenant's current-version pointer (inside the tenant's own key space, so tenant-fenced functions
 * never read the registry) move together.
 */
public interface TenantConfigRepository {

    /** Registers a new tenant with its first configuration version; CONFLICT {@code TENANT_EXISTS} if it is there. */
    default void onboard(TenantSummary summary, TenantConfigVersion first) {
        onboard(summary, first, List.of());
    }

    /**
     * As {@link #onboard(TenantSummary, TenantConfigVersion)}, with the tenant's copies of the calendar years loaded
     * over the API (issue 12.11) in the same transaction, so a new tenant sees them from its first request.
     */
    void onboard(TenantSummary summary, TenantConfigVersion first, List<CalendarYearRecord> calendarYears);

    /**
     * Appends a version after {@code expectedCurrent}; CONFLICT {@code CONFIG_VERSION_CONFLICT} when someone else
     * appended first. Returns the stored version.
     */
    TenantConfigVersion appendVersion(TenantSummary summary, int expectedCurrent, TenantConfigVersion next);

    /** The platform registry row (operator use). */
    Optional<TenantSummary> summary(String tenantId);

    /** The tenant's current configuration version, read from the tenant's own key space. */
    Optional<Integer> currentVersion(String tenantId);

    List<TenantSummary> list();

    Optional<TenantConfigVersion> version(String tenantId, int version);
}
