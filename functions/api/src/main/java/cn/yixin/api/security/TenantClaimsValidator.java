package cn.yixin.api.security;

import cn.yixin.domain.subject.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * After the signature: the token is for us (audience), its issuer may speak for the tenant it names, its roles are
 * ours, and a credit subject's token names the subject. Anything else and the caller is unauthenticated.
 */
@Singleton
final class TenantClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private static final Pattern TENANT = Pattern.compile("\\d{6}");

    private final TrustedIssuers issuers;
    private final String audience;

    TenantClaimsValidator(TrustedIssuers issuers, @Value("${yixin.identity.audience:yixin}") String audience) {
        this.issuers = issuers;
        this.audience = audience;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        if (!audienceMatches(claims.get(Claims.AUDIENCE))) {
            return false;
        }
        Optional<TrustedIssuer> issuer = issuers.find(stringOrNull(claims.get(Claims.ISSUER)));
        if (issuer.isEmpty()) {
            return false;
        }
        List<Role> roles = roles(claims.get(Caller.ROLES_CLAIM));
        if (roles == null || roles.isEmpty()) {
            return false;
        }
        String tenant = stringOrNull(claims.get(Caller.TENANT_CLAIM));
        if (roles.contains(Role.PLATFORM_OPERATOR)) {
            // Operators act across tenants, so only an issuer trusted for the platform may mint them, and such a
            // token carries no tenant roles that could be confused with a bureau's.
            return issuer.get().platform() && roles.size() == 1
                    && (tenant == null || Caller.PLATFORM_TENANT.equals(tenant));
        }
        if (tenant == null || !TENANT.matcher(tenant).matches() || !issuer.get().speaksFor(tenant)) {
            return false;
        }
        if (roles.contains(Role.CREDIT_SUBJECT)) {
            return roles.size() == 1 && stringOrNull(claims.get(Caller.SUBJECT_CLAIM)) != null;
        }
        return true;
    }

    private boolean audienceMatches(Object aud) {
        if (aud instanceof Collection<?> c) {
            return c.stream().anyMatch(a -> audience.equals(String.valueOf(a)));
        }
        return aud != null && audience.equals(aud.toString());
    }

    private static List<Role> roles(Object claim) {
        if (!(claim instanceof Collection<?> c)) {
            return null;
        }
        List<Role> out = new java.util.ArrayList<>();
        for (Object o : c) {
            Optional<Role> r = Role.fromClaim(String.valueOf(o));
            if (r.isEmpty()) {
                return null; // an unknown role means a token minted for something else
            }
            out.add(r.get());
        }
        return out;
    }

    private static String stringOrNull(Object o) {
        return o == null ? null : o.toString();
    }
}
