package cn.yixin.api.security;

import com.nimbusds.jose.util.JSONArrayUtils;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;

import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The issuers a deployed function trusts (issue 10 item 9), from {@code YIXIN_TRUSTED_ISSUERS}
 * ({@code yixin.trusted-issuers}): compact JSON that infra/ writes from the same tenant files that configure the
 * gateway's JWT authorizers, plus the platform issuer, so the gateway and the function trust exactly the same issuers:
 * <pre>[{"issuer":"https://…/440000","jwksUri":"https://…/jwks.json","tenants":["440000"]},
 *  {"issuer":"https://…/platform","jwksUri":"https://…/jwks.json","tenants":[],"platform":true}]</pre>
 * Each issuer's keys are a {@link RemoteJwks}, fetched on first use. A malformed value stops the function at init
 * rather than trusting less (or more) than the stack meant. The inline {@code yixin.identity.issuers.*} source stays
 * for the local run and the tests. {@code @Context}: parsed at start even where the context is otherwise lazy.
 */
@io.micronaut.context.annotation.Context
@Requires(property = "yixin.trusted-issuers")
final class DeployedIssuerSource implements TrustedIssuerSource {

    private static final Pattern TENANT = Pattern.compile("\\d{6}");

    private final List<TrustedIssuer> issuers;
    private HttpClient http;

    DeployedIssuerSource(@Value("${yixin.trusted-issuers}") String json,
                         @Value("${yixin.identity.jwks-ttl:1h}") Duration ttl,
                         @Value("${yixin.identity.jwks-min-refetch:30s}") Duration minInterval,
                         @Value("${yixin.identity.jwks-max-stale:6h}") Duration maxStale,
                         @Value("${yixin.identity.jwks-timeout:3s}") Duration timeout) {
        this.issuers = parse(json, uri -> new RemoteJwks(uri, () -> client(timeout), ttl, minInterval, maxStale,
                timeout, Instant::now));
    }

    static List<TrustedIssuer> parse(String json, java.util.function.Function<URI, IssuerKeys> keys) {
        List<Object> entries;
        try {
            entries = JSONArrayUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("yixin.trusted-issuers is not a JSON array", e);
        }
        List<TrustedIssuer> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object o : entries) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("issuer") instanceof String iss) || iss.isBlank()
                    || !(m.get("jwksUri") instanceof String jwks)) {
                throw new IllegalStateException("yixin.trusted-issuers: each entry needs issuer and jwksUri");
            }
            if (!seen.add(iss)) {
                throw new IllegalStateException("yixin.trusted-issuers: issuer " + iss + " twice");
            }
            Set<String> tenants = new HashSet<>();
            if (m.get("tenants") instanceof Collection<?> c) {
                for (Object t : c) {
                    if (!(t instanceof String s) || !TENANT.matcher(s).matches()) {
                        throw new IllegalStateException("yixin.trusted-issuers: " + iss + " names a tenant that is "
                                + "not a six-digit code");
                    }
                    tenants.add(s);
                }
            } else if (m.get("tenants") != null) {
                throw new IllegalStateException("yixin.trusted-issuers: tenants of " + iss + " must be a list");
            }
            boolean platform = Boolean.TRUE.equals(m.get("platform"));
            if (tenants.isEmpty() && !platform) {
                throw new IllegalStateException("yixin.trusted-issuers: " + iss + " speaks for nobody");
            }
            out.add(new TrustedIssuer(iss, keys.apply(RemoteJwks.checked(URI.create(jwks))), Set.copyOf(tenants),
                    platform));
        }
        return List.copyOf(out);
    }

    private synchronized HttpClient client(Duration timeout) {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    @Override
    public List<TrustedIssuer> issuers() {
        return issuers;
    }

    @PreDestroy
    synchronized void close() {
        http = null; // the JDK client has no close() before Java 21; its threads are daemons
    }
}
