package cn.yixin.api.tenancy;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A new configuration version. {@code If-Match} names the version the change was made from, so two operators
 * cannot overwrite each other's edits; old versions stay readable and every grade names the version it used.
 */
@Controller("/platform/tenants/{tenantId}/config")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class UpdateTenantConfig {

    private final TenantOnboarding onboarding;

    public UpdateTenantConfig(TenantOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Operation(summary = "Update a tenant's configuration (更新地区配置，产生新版本)", description = "Header If-Match: the current version number. Header X-Change-Reason: why (recorded with the version).")
    @Put
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_YAML, "application/yaml", MediaType.TEXT_PLAIN})
    public TenantVersionView update(@PathVariable String tenantId, @Nullable @Header("If-Match") String ifMatch,
                                    @Nullable @Header("X-Change-Reason") String reason, @Body String document,
                                    Authentication auth) {
        int expected = parseVersion(ifMatch);
        return TenantVersionView.of(onboarding.update(tenantId, expected, document, Caller.of(auth).userId(),
                reason == null ? "update" : reason), null);
    }

    private static int parseVersion(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (RuntimeException e) {
            throw DomainException.invalidField("If-Match", "IF_MATCH_REQUIRED",
                    "请在 If-Match 头中注明所修改的配置版本号。",
                    "Send the version you changed in the If-Match header.");
        }
    }
}
