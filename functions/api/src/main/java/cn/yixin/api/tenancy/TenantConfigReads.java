package cn.yixin.api.tenancy;

import cn.yixin.domain.ProblemCode;
import cn.yixin.store.TenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;

/** Shared by the operator's and the bureau's read of a configuration. */
final class TenantConfigReads {

    private TenantConfigReads() {
    }

    static TenantVersionView read(TenantDirectory directory, TenantConfigRepository repository, String tenantId,
                                  Integer version) {
        int v = version != null ? version : directory.current(tenantId).version();
        TenantConfigVersion stored = repository.version(tenantId, v).orElseThrow(() ->
                ProblemCode.CONFIG_VERSION_NOT_FOUND.of());
        return TenantVersionView.of(stored, directory.version(tenantId, v).config().document());
    }
}
