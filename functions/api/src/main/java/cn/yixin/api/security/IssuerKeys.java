package cn.yixin.api.security;

import com.nimbusds.jose.jwk.JWKSet;

import java.util.function.Supplier;

/**
 * An issuer's public keys. {@link #get()} is the current set; {@link #forUnknownKid(String)} is asked when a token
 * names a key id the current set lacks (the issuer rotated): a remote source may fetch again, a fixed one cannot.
 * Either may answer an empty set, which verifies nothing (fail closed).
 */
@FunctionalInterface
public interface IssuerKeys extends Supplier<JWKSet> {

    default JWKSet forUnknownKid(String kid) {
        return get();
    }
}
