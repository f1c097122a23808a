package cn.yixin.api.tenancy;

import cn.yixin.api.security.Roles;
import cn.yixin.store.TenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform operator reads a tenant's configuration: the current version, or any older one by number. */
@Controller("/platform/tenants/{tenantId}/config")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ReadTenantConfig {

    private final TenantDirectory directory;
    private final TenantConfigRepository repository;

    public ReadTenantConfig(TenantDirectory directory, TenantConfigRepository repository) {
        this.directory = directory;
        this.repository = repository;
    }

    @Operation(summary = "Read a tenant's configuration (读取地区配置)", description = "Current version, or ?version=N for an older one.")
    @Get
    public TenantVersionView read(@PathVariable String tenantId, @Nullable @QueryValue Integer version) {
        return TenantConfigReads.read(directory, repository, tenantId, version);
    }
}
