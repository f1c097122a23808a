package cn.yixin.api.security;

import com.nimbusds.jose.jwk.JWKSet;

import java.util.Set;
import java.util.function.Supplier;

/**
 * An identity provider whose tokens we accept, the keys it signs with, and whom it may speak for: the tenants in
 * {@code tenants} ("*" for any) and, if {@code platform}, platform operators. Binding keys to issuers and issuers to
 * tenants means one province's IdP cannot mint a token for another province.
 */
public record TrustedIssuer(String issuer, Supplier<JWKSet> keys, Set<String> tenants, boolean platform) {

    public boolean speaksFor(String tenant) {
        return tenants.contains("*") || tenants.contains(tenant);
    }
}
