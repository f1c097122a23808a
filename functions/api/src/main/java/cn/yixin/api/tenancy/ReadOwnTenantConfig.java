package cn.yixin.api.tenancy;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.store.TenantConfigRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Bureau staff read their own region's rules: the grade scale and indicators their subjects are graded by. */
@Controller("/config")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Bureau")
public class ReadOwnTenantConfig {

    private final TenantDirectory directory;
    private final TenantConfigRepository repository;

    public ReadOwnTenantConfig(TenantDirectory directory, TenantConfigRepository repository) {
        this.directory = directory;
        this.repository = repository;
    }

    @Operation(summary = "Read my region's configuration (本地区信用评价规则)")
    @Get
    public TenantVersionView read(@Nullable @QueryValue Integer version, Authentication auth) {
        return TenantConfigReads.read(directory, repository, Caller.of(auth).tenant(), version);
    }
}
