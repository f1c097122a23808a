package cn.yixin.infra;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The identity providers of the onboarded tenants, from {@code tenants/*.yaml} ({@code identity.issuer},
 * {@code identity.jwksUri}). Read as plain YAML maps: the stack needs two strings per file, not the domain's parser.
 */
public final class TenantIssuers {

    /** One issuer and the tenants whose tokens it mints (a province's unified platform may serve its cities). */
    public record Issuer(String issuer, String jwksUri, List<String> tenants) {
    }

    private TenantIssuers() {
    }

    public static List<Issuer> read(Path tenantsDir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(tenantsDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list tenant files in " + tenantsDir.toAbsolutePath(), e);
        }
        Map<String, Issuer> byIssuer = new LinkedHashMap<>();
        Map<String, List<String>> tenants = new TreeMap<>();
        for (Path f : files) {
            Map<String, Object> doc;
            try {
                doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String tenant = String.valueOf(doc.get("id"));
            if (!(doc.get("identity") instanceof Map<?, ?> identity)
                    || identity.get("issuer") == null || identity.get("jwksUri") == null) {
                throw new IllegalArgumentException(f + ": identity.issuer and identity.jwksUri are required");
            }
            String issuer = identity.get("issuer").toString();
            String jwks = identity.get("jwksUri").toString();
            Issuer known = byIssuer.get(issuer);
            if (known != null && !known.jwksUri().equals(jwks)) {
                throw new IllegalArgumentException(f + ": issuer " + issuer + " has two JWKS URIs");
            }
            byIssuer.putIfAbsent(issuer, new Issuer(issuer, jwks, List.of()));
            tenants.computeIfAbsent(issuer, k -> new ArrayList<>()).add(tenant);
        }
        return byIssuer.values().stream()
                .map(i -> new Issuer(i.issuer(), i.jwksUri(), List.copyOf(tenants.get(i.issuer()))))
                .toList();
    }
}
