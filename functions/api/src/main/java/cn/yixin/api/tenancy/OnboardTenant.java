package cn.yixin.api.tenancy;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.store.TenantConfigVersion;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform operator onboards a region: its tenant file, as JSON or YAML, becomes configuration version 1. */
@Controller("/platform/tenants")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class OnboardTenant {

    private final TenantOnboarding onboarding;

    public OnboardTenant(TenantOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Operation(summary = "Onboard a tenant (开通地区)", description = "Body: a tenant document (docs/tenant-file.md) as JSON or YAML. Validated whole; any error rejects it with every problem listed.")
    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_YAML, "application/yaml", MediaType.TEXT_PLAIN})
    public HttpResponse<TenantVersionView> onboard(@Body String document, Authentication auth) {
        TenantConfigVersion v = onboarding.onboard("request body", document, Caller.of(auth).userId());
        return HttpResponse.created(TenantVersionView.of(v, null));
    }
}
