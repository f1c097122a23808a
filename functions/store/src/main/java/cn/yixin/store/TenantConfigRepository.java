package cn.yixin.store;

import java.util.List;
import java.util.Optional;

/** Tenant registry and configuration versions. Versions are appended, never rewritten. */
public interface TenantConfigRepository {

    /** Registers a new tenant with its first configuration version; CONFLICT {@code TENANT_EXISTS} if it is there. */
    void onboard(TenantSummary summary, TenantConfigVersion first);

    /**
     * Appends a version after {@code expectedCurrent}; CONFLICT {@code CONFIG_VERSION_CONFLICT} when someone else
     * appended first. Returns the stored version.
     */
    TenantConfigVersion appendVersion(TenantSummary summary, int expectedCurrent, TenantConfigVersion next);

    Optional<TenantSummary> summary(String tenantId);

    List<TenantSummary> list();

    Optional<TenantConfigVersion> version(String tenantId, int version);

    default Optional<TenantConfigVersion> current(String tenantId) {
        return summary(tenantId).flatMap(s -> version(tenantId, s.currentVersion()));
    }
}
