package cn.yixin.api.operations;

import cn.yixin.api.security.Roles;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.store.TenantSummary;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/platform/tenants")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ListTenants {

    private final TenantDirectory directory;

    public ListTenants(TenantDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "List onboarded tenants (地区列表)")
    @Get
    public List<TenantSummary> list() {
        return directory.list();
    }
}
