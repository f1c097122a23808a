package cn.yixin.local;

import cn.yixin.api.tenancy.TenantsLocation;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantFiles;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web portal in the local run (docs/portal.md): the built files of {@code portal/dist} served at {@code /} (the
 * API's routes keep precedence), and {@code GET /local/portal}, which tells the portal that this is the local run and
 * so offers its development sign-in (tenant, role, subject; tokens from {@code POST /local/tokens}). Fenced as the
 * token minting is: the local environment only, never a function environment, and this module is not in the Lambda
 * package. A cloud deployment serves the same files from S3 behind CloudFront and has no {@code /local} route, so the
 * portal shows its identity-provider sign-in instead.
 */
@Controller("/local/portal")
@Requires(env = "local")
@Requires(notEnv = Environment.FUNCTION)
@Requires(beans = LocalDevIdentity.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class LocalPortal {

    private final TenantsLocation tenants;

    public LocalPortal(TenantsLocation tenants) {
        this.tenants = tenants;
    }

    @Serdeable
    public record Tenant(String id, String name) {
    }

    @Serdeable
    public record PortalSetup(boolean devSignIn, List<Tenant> tenants, List<String> roles) {
    }

    @Get
    public PortalSetup setup() {
        List<Tenant> list = TenantFiles.loadAll(tenants.tenantsDir()).stream()
                .sorted(Comparator.comparing(TenantConfig::id))
                .map(c -> new Tenant(c.id(), c.region()))
                .toList();
        List<String> roles = Arrays.stream(Role.values()).map(Role::claim).toList();
        return new PortalSetup(true, list, roles);
    }

    /**
     * The static-resource mapping for the built portal, when there is one: {@code yixin.portal.dir} (system property)
     * or {@code YIXIN_PORTAL_DIR}, else the nearest {@code portal/dist} with an {@code index.html} above the working
     * directory. Without a built portal the API runs as before and {@code /} is not found.
     */
    static Map<String, Object> staticFiles(Map<String, String> env) {
        return distDir(env).<Map<String, Object>>map(dir -> Map.of(
                "micronaut.router.static-resources.portal.paths", "file:" + dir,
                "micronaut.router.static-resources.portal.mapping", "/**"))
                .orElse(Map.of());
    }

    static Optional<Path> distDir(Map<String, String> env) {
        String configured = Optional.ofNullable(System.getProperty("yixin.portal.dir")).orElse(env.get("YIXIN_PORTAL_DIR"));
        if (configured != null) {
            return Optional.of(Path.of(configured).toAbsolutePath()).filter(p -> Files.isRegularFile(p.resolve("index.html")));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path dist = p.resolve("portal").resolve("dist");
            if (Files.isRegularFile(dist.resolve("index.html"))) {
                return Optional.of(dist);
            }
        }
        return Optional.empty();
    }
}
