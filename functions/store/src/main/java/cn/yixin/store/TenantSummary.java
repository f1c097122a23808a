package cn.yixin.store;

/** A row of the platform's tenant registry. */
public record TenantSummary(String tenantId, String name, String parent, int currentVersion) {
}
