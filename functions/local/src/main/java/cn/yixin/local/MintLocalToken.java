package cn.yixin.local;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.subject.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Local run only: {@code POST /local/tokens} mints a signed token for any tenant, roles and subject, so the API can
 * be tried with curl. Absent from the Lambda package and from any function environment.
 */
@Controller("/local/tokens")
@Requires(env = "local")
@Requires(notEnv = Environment.FUNCTION)
@Requires(beans = LocalDevIdentity.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class MintLocalToken {

    private static final Pattern TENANT = Pattern.compile("\\d{6}|platform");

    private final LocalDevIdentity identity;

    public MintLocalToken(LocalDevIdentity identity) {
        this.identity = identity;
    }

    @Serdeable
    public record TokenRequest(@NotBlank String tenant, @NotEmpty List<String> roles, @Nullable String subjectId,
                               @Nullable String user) {
    }

    @Serdeable
    public record TokenResponse(String token, Instant expiresAt, String issuer) {
    }

    @Post
    public TokenResponse mint(@Body @Valid TokenRequest req) {
        if (!TENANT.matcher(req.tenant()).matches()) {
            throw DomainException.invalidField("tenant", "INVALID_TENANT", "tenant 应为 6 位行政区划代码或 platform。",
                    "tenant must be a 6-digit division code or \"platform\".");
        }
        for (String r : req.roles()) {
            if (Role.fromClaim(r).isEmpty()) {
                throw DomainException.invalidField("roles", "INVALID_ROLE", "未知角色：" + r + "。", "Unknown role: " + r + ".");
            }
        }
        Duration lifetime = Duration.ofHours(8);
        String user = req.user() == null ? "local-" + String.join("-", req.roles()) : req.user();
        return new TokenResponse(identity.mint(req.tenant(), req.roles(), req.subjectId(), user, lifetime),
                Instant.now().plus(lifetime), LocalDevIdentity.ISSUER);
    }
}
