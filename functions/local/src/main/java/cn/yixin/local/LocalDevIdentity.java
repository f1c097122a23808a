package cn.yixin.local;

import cn.yixin.api.security.TrustedIssuer;
import cn.yixin.api.security.TrustedIssuerSource;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The local run's identity provider: an RSA key made fresh at every start (never written anywhere), trusted for
 * every tenant and the platform. It exists only in the local environment, never in the function environment, and
 * its module is not part of the Lambda package: three fences, each enough on its own.
 */
@Singleton
@Requires(env = "local")
@Requires(notEnv = Environment.FUNCTION)
public class LocalDevIdentity implements TrustedIssuerSource {

    public static final String ISSUER = "urn:yixin:local-dev";

    private final RSAKey key;
    private final List<TrustedIssuer> issuers;

    public LocalDevIdentity() {
        LambdaGuard.refuseInLambda(System.getenv());
        try {
            this.key = new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        JWKSet publicKeys = new JWKSet(key.toPublicJWK());
        this.issuers = List.of(new TrustedIssuer(ISSUER, () -> publicKeys, Set.of("*"), true));
    }

    @Override
    public List<TrustedIssuer> issuers() {
        return issuers;
    }

    public String mint(String tenant, List<String> roles, String subjectId, String user, Duration lifetime) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience("yixin")
                    .subject(user)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plus(lifetime)))
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
}
