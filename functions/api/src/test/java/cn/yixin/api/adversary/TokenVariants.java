package cn.yixin.api.adversary;

import cn.yixin.api.testing.TestIdentity;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Authorization header values that must never authenticate anyone (docs/security.md "Who is calling"; issue 10 item
 * 2). Each is built for a given caller from a valid token's claims, changed in exactly one way, so a variant that got
 * through would have been the caller's.
 */
final class TokenVariants {

    private TokenVariants() {
    }

    /** The variants for a caller of {@code tenant} with {@code roles} (and {@code subjectId} for a credit subject). */
    static Map<String, String> forCaller(String tenant, List<String> roles, String subjectId) {
        Map<String, String> v = new LinkedHashMap<>();
        RSAKey key = TestIdentity.key();
        JWTClaimsSet valid = claims(tenant, roles, subjectId).build();
        String good = sign(key, valid);

        // Not a bearer token at all.
        v.put("empty bearer", "Bearer ");
        v.put("scheme only", "Bearer");
        v.put("basic scheme", "Basic " + java.util.Base64.getEncoder().encodeToString("officer:secret".getBytes()));
        v.put("not a JWT", "Bearer not.a.jwt");
        v.put("two parts", "Bearer " + good.substring(0, good.lastIndexOf('.')));
        v.put("garbage", "Bearer %%%%.%%%%.%%%%");
        v.put("token twice", "Bearer " + good + " " + good);
        v.put("huge token", "Bearer " + "a".repeat(9000) + "." + "b".repeat(9000) + ".c");
        // Signature games.
        v.put("alg none", "Bearer " + new PlainJWT(valid).serialize());
        v.put("HS256 with a guessed secret", "Bearer " + hmac(valid, "0123456789abcdef0123456789abcdef"));
        v.put("HS256 keyed with the public key (alg confusion)", "Bearer " + hmac(valid,
                new String(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        v.put("rogue key, same kid", "Bearer " + sign(TestIdentity.rogueKey(), valid));
        v.put("signature stripped", "Bearer " + good.substring(0, good.lastIndexOf('.') + 1));
        v.put("payload tampered (tenant)", "Bearer " + tamper(good, tenant, "510000".equals(tenant) ? "500119" : "510000"));
        v.put("embedded attacker jwk", "Bearer " + embeddedJwk(valid));
        // Time.
        v.put("expired", "Bearer " + sign(key, change(valid, b -> b.expirationTime(Date.from(Instant.now().minusSeconds(120))))));
        v.put("no exp", "Bearer " + sign(key, change(valid, b -> b.expirationTime(null))));
        v.put("exp ten years ahead", "Bearer " + sign(key, change(valid, b -> b.expirationTime(
                Date.from(Instant.now().plusSeconds(10L * 365 * 24 * 3600))))));
        v.put("not yet valid", "Bearer " + sign(key, change(valid, b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))))));
        // Audience and issuer.
        v.put("wrong audience", "Bearer " + sign(key, change(valid, b -> b.audience("someone-else"))));
        v.put("no audience", "Bearer " + sign(key, change(valid, b -> b.audience((String) null))));
        v.put("unknown issuer", "Bearer " + sign(key, change(valid, b -> b.issuer("https://idp.attacker.example"))));
        v.put("no issuer", "Bearer " + sign(key, change(valid, b -> b.issuer(null))));
        v.put("Shenzhen's IdP for another tenant", "Bearer " + TestIdentity.sign(TestIdentity.shenzhenKey(),
                TestIdentity.SHENZHEN_ISSUER, TestIdentity.AUDIENCE, "440300".equals(tenant) ? "440000" : tenant,
                roles, subjectId, Instant.now().plusSeconds(600)));
        // Claims of the wrong shape.
        if (!roles.contains("platform_operator")) {
            // An operator's token may carry no tenant (docs/security.md); a bureau's or a subject's must.
            v.put("no tenant", "Bearer " + sign(key, change(valid, b -> b.claim("tenant", null))));
        }
        v.put("tenant not a code", "Bearer " + sign(key, change(valid, b -> b.claim("tenant", "guangdong"))));
        v.put("tenant as a number", "Bearer " + sign(key, change(valid, b -> b.claim("tenant", 500119))));
        v.put("no roles", "Bearer " + sign(key, change(valid, b -> b.claim("roles", null))));
        v.put("empty roles", "Bearer " + sign(key, change(valid, b -> b.claim("roles", List.of()))));
        v.put("roles as a string", "Bearer " + sign(key, change(valid, b -> b.claim("roles", roles.get(0)))));
        v.put("unknown role", "Bearer " + sign(key, change(valid, b -> b.claim("roles", List.of("superuser")))));
        v.put("role in upper case", "Bearer " + sign(key, change(valid, b -> b.claim("roles", List.of(roles.get(0).toUpperCase())))));
        v.put("operator with a bureau role", "Bearer " + sign(key, change(valid, b -> b.claim("roles",
                List.of("platform_operator", "bureau_admin")))));
        v.put("subject without subject_id", "Bearer " + sign(key, change(valid, b -> b.claim("roles",
                List.of("credit_subject")).claim("subject_id", null))));
        v.put("subject with a staff role", "Bearer " + sign(key, change(valid, b -> b.claim("roles",
                List.of("credit_subject", "bureau_officer")).claim("subject_id", subjectId == null ? "S00000000000000000000" : subjectId))));
        v.put("no sub", "Bearer " + sign(key, change(valid, b -> b.subject(null))));
        return v;
    }

    static JWTClaimsSet.Builder claims(String tenant, List<String> roles, String subjectId) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(TestIdentity.ISSUER)
                .audience(TestIdentity.AUDIENCE)
                .subject(TestIdentity.stableUser(tenant, roles, subjectId))
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("tenant", tenant)
                .claim("roles", roles);
        if (subjectId != null) {
            b.claim("subject_id", subjectId);
        }
        return b;
    }

    private static JWTClaimsSet change(JWTClaimsSet valid, UnaryOperator<JWTClaimsSet.Builder> how) {
        return how.apply(new JWTClaimsSet.Builder(valid)).build();
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(JWTClaimsSet claims, String secret) {
        try {
            byte[] k = secret.getBytes(StandardCharsets.UTF_8);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestIdentity.key().getKeyID())
                    .build(), claims);
            jwt.sign(new MACSigner(k.length >= 32 ? k : java.util.Arrays.copyOf(k, 32)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String embeddedJwk(JWTClaimsSet claims) {
        try {
            RSAKey attacker = TestIdentity.rogueKey();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                    .jwk(attacker.toPublicJWK()).build(), claims);
            jwt.sign(new RSASSASigner(attacker));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid token with its payload's tenant replaced, the signature kept. */
    private static String tamper(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"tenant\":\"" + from + "\"", "\"tenant\":\"" + to + "\"");
        return parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
