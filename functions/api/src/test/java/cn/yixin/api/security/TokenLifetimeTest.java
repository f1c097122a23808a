package cn.yixin.api.security;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 2: a token must carry {@code exp}, no further than the maximum lifetime (12 h by default) after its
 * {@code iat} and after now, for a tenant's issuer (Shenzhen's IdP) and the platform issuer alike. Real signed JWTs
 * through the real payload-2.0 handler.
 */
class TokenLifetimeTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    record Issuer(String name, BiFunction<Instant, Instant, String> mint, String path) {
    }

    static final Issuer TENANT = new Issuer("Shenzhen's IdP (tenant issuer)", TestIdentity::fromShenzhenIdpAt, "/config");
    static final Issuer PLATFORM = new Issuer("the platform issuer", TestIdentity::operatorAt, "/platform/tenants");

    @Test
    @DisplayName("Issue 10.2: tenant issuer - no exp, exp too far, expired, stretched by iat -> 401; within 12 h -> 200")
    void tenantIssuer() {
        check(TENANT);
    }

    @Test
    @DisplayName("Issue 10.2: platform issuer - no exp, exp too far, expired, stretched by iat -> 401; within 12 h -> 200")
    void platformIssuer() {
        check(PLATFORM);
    }

    private static void check(Issuer issuer) {
        Instant now = Instant.now();
        Duration h = Duration.ofHours(1);
        refused(issuer, "without exp", now.minusSeconds(5), null);
        refused(issuer, "without exp or iat", null, null);
        refused(issuer, "exp 13 h ahead", now.minusSeconds(5), now.plus(h.multipliedBy(13)));
        refused(issuer, "exp 13 h ahead, no iat", null, now.plus(h.multipliedBy(13)));
        refused(issuer, "expired 10 minutes ago", now.minus(h), now.minusSeconds(600));
        refused(issuer, "issued 14 h before its exp (still unexpired)", now.minus(h.multipliedBy(13)), now.plus(h));
        refused(issuer, "iat an hour ahead (cannot stretch the window)", now.plus(h), now.plus(h.multipliedBy(2)));
        accepted(issuer, "iat now, exp in an hour", now.minusSeconds(5), now.plus(h));
        accepted(issuer, "exp 11 h ahead", now.minusSeconds(5), now.plus(h.multipliedBy(11)));
        accepted(issuer, "no iat, exp in an hour (judged from now)", null, now.plus(h));
    }

    private static void refused(Issuer issuer, String what, Instant iat, Instant exp) {
        Response r = api.get(issuer.path(), issuer.mint().apply(iat, exp));
        assertEquals(401, r.status(), () -> issuer.name() + ", token " + what + ": " + r);
        assertEquals("UNAUTHENTICATED", r.str("code"), issuer.name() + ", " + what);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), issuer.name() + ", " + what);
    }

    private static void accepted(Issuer issuer, String what, Instant iat, Instant exp) {
        Response r = api.get(issuer.path(), issuer.mint().apply(iat, exp));
        assertEquals(200, r.status(), () -> issuer.name() + ", token " + what + ": " + r);
    }
}
