package cn.yixin.api.tenancy;

import cn.yixin.store.TenantConfigVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** A configuration version as the API shows it: who made it, when, why, and (when asked) the document. */
@Serdeable
public record TenantVersionView(String tenantId, int version, Instant createdAt, String createdBy,
                                @Nullable String reason, @Nullable Map<String, Object> document) {

    static TenantVersionView of(TenantConfigVersion v, Map<String, Object> document) {
        return new TenantVersionView(v.tenantId(), v.version(), v.createdAt(), v.createdBy(), v.reason(), document);
    }
}
