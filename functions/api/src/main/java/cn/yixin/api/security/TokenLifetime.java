package cn.yixin.api.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A token must say when it ends, and not too late (issue 10 item 2). Micronaut's own expiration validator accepts a
 * token without {@code exp}, which would be a bearer credential valid forever; so every token, from a tenant's
 * issuer or the platform's, needs {@code exp}, and {@code exp} may lie at most {@code yixin.identity.max-token-lifetime}
 * (12 h unless configured) after its {@code iat} and after now (a token without {@code iat} is judged from now, and an
 * {@code iat} in the future cannot stretch the window). An {@code iat} more than the clock skew ahead is refused too.
 * Judged on real time, as Micronaut's {@code exp}/{@code nbf} checks are.
 */
@Singleton
final class TokenLifetime implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final Duration SKEW = Duration.ofSeconds(60);

    private final Duration max;

    TokenLifetime(@Value("${yixin.identity.max-token-lifetime:12h}") Duration max) {
        if (max.isNegative() || max.isZero()) {
            throw new IllegalStateException("yixin.identity.max-token-lifetime must be positive");
        }
        this.max = max;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return acceptable(instant(claims.get(Claims.EXPIRATION_TIME)), instant(claims.get(Claims.ISSUED_AT)),
                Instant.now());
    }

    boolean acceptable(Instant exp, Instant iat, Instant now) {
        if (exp == null || !exp.isAfter(now)) {
            return false;
        }
        if (exp.isAfter(now.plus(max))) {
            return false;
        }
        if (iat == null) {
            return true;
        }
        return !iat.isAfter(now.plus(SKEW)) && !exp.isAfter(iat.plus(max));
    }

    /** Nimbus gives dates; a raw claim may be seconds since the epoch. Anything else counts as absent. */
    private static Instant instant(Object claim) {
        if (claim instanceof Date d) {
            return d.toInstant();
        }
        if (claim instanceof Instant i) {
            return i;
        }
        if (claim instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        return null;
    }
}
