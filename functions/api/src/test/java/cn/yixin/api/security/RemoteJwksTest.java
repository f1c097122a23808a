package cn.yixin.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 9: a tenant issuer's JWKS, fetched from its jwksUri over real HTTP (a loopback server): lazily, cached
 * for the TTL, fetched again for an unknown key id at most once per interval, bounded by a timeout, and failing closed
 * (no keys, so no token verifies) when the issuer never answered or its last answer is too old.
 */
class RemoteJwksTest {

    static final Duration TTL = Duration.ofHours(1);
    static final Duration MIN = Duration.ofSeconds(30);
    static final Duration STALE = Duration.ofHours(6);

    HttpServer server;
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicReference<String> body = new AtomicReference<>();
    final AtomicInteger status = new AtomicInteger(200);
    final AtomicInteger delayMs = new AtomicInteger();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-16T01:00:00Z"));
    RSAKey k1;
    RSAKey k2;

    @BeforeEach
    void start() throws Exception {
        k1 = new RSAKeyGenerator(2048).keyID("k1").generate();
        k2 = new RSAKeyGenerator(2048).keyID("k2").generate();
        body.set(new JWKSet(k1.toPublicJWK()).toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", ex -> {
            fetches.incrementAndGet();
            try {
                Thread.sleep(delayMs.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status.get(), b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    RemoteJwks jwks(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        return new RemoteJwks(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json"),
                () -> http, TTL, MIN, STALE, timeout, now::get);
    }

    @Test
    @DisplayName("Issue 10.9: fetched on first use, not before; cached for the TTL; fetched again after it")
    void lazyAndCached() {
        RemoteJwks keys = jwks(Duration.ofSeconds(5));
        assertEquals(0, fetches.get(), "nothing fetched at construction (init)");
        assertNotNull(keys.get().getKeyByKeyId("k1"));
        assertNotNull(keys.get().getKeyByKeyId("k1"));
        assertEquals(1, fetches.get());
        now.set(now.get().plus(TTL));
        keys.get();
        assertEquals(2, fetches.get(), "after the TTL the set is fetched again");
    }

    @Test
    @DisplayName("Issue 10.9: an unknown kid fetches again (rotation), at most once per interval")
    void unknownKidRefetchesRateLimited() {
        RemoteJwks keys = jwks(Duration.ofSeconds(5));
        keys.get();
        body.set(new JWKSet(List.of(k1.toPublicJWK(), k2.toPublicJWK())).toString());
        now.set(now.get().plus(MIN));
        assertNotNull(keys.forUnknownKid("k2").getKeyByKeyId("k2"), "the rotated key is found");
        assertEquals(2, fetches.get());
        for (int i = 0; i < 20; i++) {
            keys.forUnknownKid("forged-" + i);
        }
        assertEquals(2, fetches.get(), "forged key ids cannot make us hammer the issuer");
        now.set(now.get().plus(MIN));
        keys.forUnknownKid("forged-x");
        assertEquals(3, fetches.get());
    }

    @Test
    @DisplayName("Issue 10.9: fails closed - no answer, an error, a non-JWKS body or a timeout give no keys")
    void failsClosed() {
        status.set(500);
        assertTrue(jwks(Duration.ofSeconds(5)).get().getKeys().isEmpty(), "HTTP 500");
        status.set(200);
        body.set("<html>not a key set</html>");
        now.set(now.get().plus(MIN));
        assertTrue(jwks(Duration.ofSeconds(5)).get().getKeys().isEmpty(), "not a JWK set");
        body.set(new JWKSet(k1.toPublicJWK()).toString());
        delayMs.set(3000);
        assertTrue(jwks(Duration.ofMillis(300)).get().getKeys().isEmpty(), "an issuer slower than the timeout");
    }

    @Test
    @DisplayName("Issue 10.9: keys last fetched longer ago than the stale limit are dropped when the issuer is down")
    void staleKeysExpire() {
        RemoteJwks keys = jwks(Duration.ofSeconds(5));
        assertFalse(keys.get().getKeys().isEmpty());
        status.set(503);
        now.set(now.get().plus(TTL).plusSeconds(1));
        assertFalse(keys.get().getKeys().isEmpty(), "within the stale limit the last good keys still verify");
        now.set(now.get().plus(STALE));
        assertTrue(keys.get().getKeys().isEmpty(), "past it, nothing verifies");
    }

    @Test
    @DisplayName("Issue 10.9: only public keys are kept; plain http only to a loopback address")
    void publicOnlyAndHttps() {
        body.set(new JWKSet(k1).toString()); // an issuer that publishes its private key by mistake
        assertFalse(jwks(Duration.ofSeconds(5)).get().getKeyByKeyId("k1").isPrivate());
        assertThrows(IllegalArgumentException.class, () -> RemoteJwks.checked(URI.create("http://ids.example.cn/jwks")));
        assertEquals("https", RemoteJwks.checked(URI.create("https://ids.example.cn/jwks")).getScheme());
    }

    @Test
    @DisplayName("Issue 10.9: YIXIN_TRUSTED_ISSUERS is parsed strictly; a malformed value stops the function")
    void deployedIssuersParseStrictly() {
        var issuers = DeployedIssuerSource.parse("[{\"issuer\":\"https://a/440300\",\"jwksUri\":\"https://a/j\","
                + "\"tenants\":[\"440300\"]},{\"issuer\":\"https://p\",\"jwksUri\":\"https://p/j\",\"tenants\":[],"
                + "\"platform\":true}]", u -> () -> new JWKSet());
        assertEquals(2, issuers.size());
        assertTrue(issuers.get(0).speaksFor("440300") && !issuers.get(0).platform());
        assertTrue(issuers.get(1).platform() && !issuers.get(1).speaksFor("440300"));
        for (String bad : List.of("{}", "[{\"issuer\":\"x\"}]",
                "[{\"issuer\":\"x\",\"jwksUri\":\"https://a/j\",\"tenants\":[\"*\"]}]",
                "[{\"issuer\":\"x\",\"jwksUri\":\"https://a/j\",\"tenants\":[]}]",
                "[{\"issuer\":\"x\",\"jwksUri\":\"http://a/j\",\"tenants\":[\"440300\"]}]")) {
            assertThrows(RuntimeException.class, () -> DeployedIssuerSource.parse(bad, u -> () -> new JWKSet()), bad);
        }
    }
}
