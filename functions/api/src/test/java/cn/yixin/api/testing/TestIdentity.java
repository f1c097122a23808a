package cn.yixin.api.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Real RSA keys and real signed JWTs for tests: an identity provider trusted for every tenant and the platform, one
 * trusted only for Shenzhen (440300), and a rogue key nobody trusts.
 */
public final class TestIdentity {

    public static final String ISSUER = "urn:yixin:test";
    public static final String SHENZHEN_ISSUER = "urn:yixin:test-shenzhen-idp";
    public static final String AUDIENCE = "yixin";

    private static final RSAKey KEY = generate("test-1");
    private static final RSAKey SHENZHEN_KEY = generate("sz-1");
    private static final RSAKey ROGUE_KEY = generate("test-1"); // same kid as the trusted key, different key

    private TestIdentity() {
    }

    /** The trusted test issuer's signing key (the adversarial suites sign claims of their own making with it). */
    public static RSAKey key() {
        return KEY;
    }

    /** A key nobody trusts, with the same kid as the trusted one. */
    public static RSAKey rogueKey() {
        return ROGUE_KEY;
    }

    /** Shenzhen's IdP key (trusted for 440300 only). */
    public static RSAKey shenzhenKey() {
        return SHENZHEN_KEY;
    }

    public static String publicJwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    public static String shenzhenPublicJwks() {
        return new JWKSet(SHENZHEN_KEY.toPublicJWK()).toString();
    }

    public static String bureau(String tenant, String... roles) {
        return sign(KEY, ISSUER, AUDIENCE, tenant, List.of(roles), null, Instant.now().plusSeconds(3600));
    }

    public static String subject(String tenant, String subjectId) {
        return sign(KEY, ISSUER, AUDIENCE, tenant, List.of("credit_subject"), subjectId,
                Instant.now().plusSeconds(3600));
    }

    public static String operator() {
        return sign(KEY, ISSUER, AUDIENCE, "platform", List.of("platform_operator"), null,
                Instant.now().plusSeconds(3600));
    }

    public static String expired(String tenant) {
        return sign(KEY, ISSUER, AUDIENCE, tenant, List.of("bureau_officer"), null, Instant.now().minusSeconds(600));
    }

    public static String wrongAudience(String tenant) {
        return sign(KEY, ISSUER, "someone-else", tenant, List.of("bureau_officer"), null,
                Instant.now().plusSeconds(3600));
    }

    public static String wronglySigned(String tenant) {
        return sign(ROGUE_KEY, ISSUER, AUDIENCE, tenant, List.of("bureau_officer"), null,
                Instant.now().plusSeconds(3600));
    }

    /** Signed by Shenzhen's IdP, claiming whatever tenant it likes. */
    public static String fromShenzhenIdp(String tenant, String role) {
        return sign(SHENZHEN_KEY, SHENZHEN_ISSUER, AUDIENCE, tenant, List.of(role), null,
                Instant.now().plusSeconds(3600));
    }

    /** A Shenzhen officer's token from Shenzhen's own IdP (a tenant issuer) with the given times; null leaves one out. */
    public static String fromShenzhenIdpAt(Instant issuedAt, Instant expires) {
        return sign(SHENZHEN_KEY, SHENZHEN_ISSUER, AUDIENCE, "440300", List.of("bureau_officer"), null, issuedAt,
                expires);
    }

    /** A platform operator's token from the platform issuer with the given times; null leaves one out. */
    public static String operatorAt(Instant issuedAt, Instant expires) {
        return sign(KEY, ISSUER, AUDIENCE, "platform", List.of("platform_operator"), null, issuedAt, expires);
    }

    public static String sign(RSAKey key, String issuer, String audience, String tenant, List<String> roles,
                              String subjectId, Instant expires) {
        return sign(key, issuer, audience, stableUser(tenant, roles, subjectId), tenant, roles, subjectId,
                Instant.now().minusSeconds(5), expires);
    }

    public static String sign(RSAKey key, String issuer, String audience, String tenant, List<String> roles,
                              String subjectId, Instant issuedAt, Instant expires) {
        return sign(key, issuer, audience, stableUser(tenant, roles, subjectId), tenant, roles, subjectId, issuedAt,
                expires);
    }

    /**
     * The user a test token speaks for: the same tenant, roles and subject are the same person on every token, as
     * an identity provider's {@code sub} is stable (Idempotency-Keys are scoped to it); another user of the same roles
     * needs {@link #sign(RSAKey, String, String, String, String, List, String, Instant)} with a {@code sub} of its own.
     */
    public static String stableUser(String tenant, List<String> roles, String subjectId) {
        return "user-" + tenant + "-" + String.join("+", roles) + (subjectId == null ? "" : "-" + subjectId);
    }

    public static String sign(RSAKey key, String issuer, String audience, String sub, String tenant, List<String> roles,
                              String subjectId, Instant expires) {
        return sign(key, issuer, audience, sub, tenant, roles, subjectId, Instant.now().minusSeconds(5), expires);
    }

    /** The one signer: every claim given; a null time leaves that claim out. */
    public static String sign(RSAKey key, String issuer, String audience, String sub, String tenant, List<String> roles,
                              String subjectId, Instant issuedAt, Instant expires) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(audience)
                    .subject(sub)
                    .issueTime(issuedAt == null ? null : Date.from(issuedAt))
                    .expirationTime(expires == null ? null : Date.from(expires))
                    .claim("tenant", tenant)
                    .claim("roles", roles);
            if (subjectId != null) {
                claims.claim("subject_id", subjectId);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
