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
    /** A subject id as the registry issues it (S + 20 hex digits); anything else names no subject. */
    private static final Pattern SUBJECT_ID = Pattern.compile("S[0-9a-f]{20}");

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
        // Every caller is a person with a stable identity: Idempotency-Keys and the audit trail are scoped to it.
        String sub = stringOrNull(claims.get(Claims.SUBJECT));
        if (sub == null || sub.isBlank() || sub.length() > 256) {
            return false;
        }
        // Claims are read only as what they are: a tenant given as the number 500119 is not the tenant "500119".
        Object tenantClaim = claims.get(Caller.TENANT_CLAIM);
        if (tenantClaim != null && !(tenantClaim instanceof String)) {
            return false;
        }
        String tenant = (String) tenantClaim;
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
            return roles.size() == 1 && claims.get(Caller.SUBJECT_CLAIM) instanceof String subject
                    && SUBJECT_ID.matcher(subject).matches();
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
            if (!(o instanceof String name)) {
                return null;
            }
            Optional<Role> r = Role.fromClaim(name);
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
