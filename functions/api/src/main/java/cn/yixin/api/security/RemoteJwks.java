package cn.yixin.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * An issuer's JWKS fetched from its {@code jwksUri} (issue 10 item 9): on first use, never at init (no network in a
 * SnapStart snapshot, no cost for a function that never sees this issuer), then cached for {@code ttl}. A token with a
 * key id the cache lacks fetches again (the issuer rotated), at most once per {@code minInterval}, so a stream of forged
 * key ids cannot make us hammer the issuer. Connect and read are bounded by {@code timeout}.
 *
 * <p>Fails closed: before a first good answer, or when the last good one is older than {@code maxStale} and the issuer
 * does not answer, the set is empty and no token verifies (401). Only public keys are kept; a body over 64 KB, a
 * non-200 answer or a document that is not a JWK set counts as no answer. Plain {@code http} only to a loopback address.
 * The JDK's HTTP client: no Netty on the cold-start path (issue 18).
 */
final class RemoteJwks implements IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteJwks.class);
    static final int MAX_BYTES = 64 * 1024;

    private final URI uri;
    private final Supplier<HttpClient> http;
    private final Duration ttl;
    private final Duration minInterval;
    private final Duration maxStale;
    private final Duration timeout;
    private final Supplier<Instant> now;

    private JWKSet keys = new JWKSet();
    private Instant fetchedAt;       // last good answer
    private Instant attemptedAt;     // last attempt, good or not

    RemoteJwks(URI uri, Supplier<HttpClient> http, Duration ttl, Duration minInterval, Duration maxStale,
               Duration timeout, Supplier<Instant> now) {
        this.uri = checked(uri);
        this.http = http;
        this.ttl = ttl;
        this.minInterval = minInterval;
        this.maxStale = maxStale;
        this.timeout = timeout;
        this.now = now;
    }

    static URI checked(URI uri) {
        if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
            return uri;
        }
        if ("http".equals(uri.getScheme()) && uri.getHost() != null && loopback(uri.getHost())) {
            return uri;
        }
        throw new IllegalArgumentException("a JWKS URI must be https (http only to a loopback address): " + uri);
    }

    private static boolean loopback(String host) {
        try {
            return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized JWKSet get() {
        Instant t = now.get();
        if (fetchedAt == null || !t.isBefore(fetchedAt.plus(ttl))) {
            refresh(t);
        }
        return current(t);
    }

    @Override
    public synchronized JWKSet forUnknownKid(String kid) {
        JWKSet known = get();
        if (kid == null || known.getKeyByKeyId(kid) != null) {
            return known;
        }
        Instant t = now.get();
        refresh(t);
        return current(t);
    }

    private JWKSet current(Instant t) {
        if (fetchedAt == null || t.isAfter(fetchedAt.plus(maxStale))) {
            return new JWKSet();
        }
        return keys;
    }

    private void refresh(Instant t) {
        if (attemptedAt != null && t.isBefore(attemptedAt.plus(minInterval))) {
            return; // rate limit: at most one fetch per minInterval, good or bad
        }
        attemptedAt = t;
        try {
            HttpResponse<InputStream> res = http.get().send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = res.body()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("JWKS larger than " + MAX_BYTES + " bytes");
                }
                body = new String(bytes, StandardCharsets.UTF_8);
            }
            if (res.statusCode() != 200) {
                throw new IOException("HTTP " + res.statusCode());
            }
            JWKSet parsed = JWKSet.parse(body).toPublicJWKSet();
            if (parsed.getKeys().isEmpty()) {
                throw new IOException("no keys");
            }
            keys = new JWKSet(List.copyOf(parsed.getKeys()));
            fetchedAt = t;
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.warn("JWKS of {} not refreshed: {}", uri, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("JWKS of {} not refreshed: interrupted", uri);
        }
    }
}
