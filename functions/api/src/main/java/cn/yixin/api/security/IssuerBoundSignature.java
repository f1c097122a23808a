package cn.yixin.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Set;

/**
 * Verifies a token only against the keys of the issuer it names. A key trusted for one issuer never validates a
 * token claiming another, so a leaked or misconfigured key stays inside its own tenant.
 */
@Singleton
final class IssuerBoundSignature implements SignatureConfiguration {

    private static final Set<JWSAlgorithm> SUPPORTED = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private final TrustedIssuers issuers;

    IssuerBoundSignature(TrustedIssuers issuers) {
        this.issuers = issuers;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only RS256, RS384, RS512, ES256 and ES384 are supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return SUPPORTED.contains(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        String iss;
        try {
            iss = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return false;
        }
        var issuer = issuers.find(iss);
        if (issuer.isEmpty()) {
            return false;
        }
        String kid = jwt.getHeader().getKeyID();
        IssuerKeys keys = issuer.get().keys();
        JWKSet set = keys.get();
        if (kid != null && set.getKeyByKeyId(kid) == null) {
            set = keys.forUnknownKid(kid); // the issuer may have rotated; a remote source fetches again (rate-limited)
        }
        for (JWK key : set.getKeys()) {
            if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
                continue;
            }
            if (key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))) {
                return true;
            }
            if (key instanceof ECKey ec && jwt.verify(new ECDSAVerifier(ec))) {
                return true;
            }
        }
        return false;
    }
}
