package cn.yixin.api.tenancy;

import cn.yixin.domain.DomainException;
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
                DomainException.notFound("CONFIG_VERSION_NOT_FOUND", "所指地区没有所指版本的配置。",
                        "That tenant has no such configuration version."));
        return TenantVersionView.of(stored, directory.version(tenantId, v).config().document());
    }
}
