package cn.yixin.store;

import java.time.Instant;

/** One stored version of a tenant's configuration document (R-1.2: configuration is versioned data). */
public record TenantConfigVersion(String tenantId, int version, String documentJson, Instant createdAt,
                                  String createdBy, String reason) {
}
