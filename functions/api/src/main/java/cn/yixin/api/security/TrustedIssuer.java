package cn.yixin.api.security;

import java.util.Set;

/**
 * An identity provider whose tokens we accept, the keys it signs with, and whom it may speak for: the tenants in
 * {@code tenants} ("*" for any) and, if {@code platform}, platform operators. Binding keys to issuers and issuers to
 * tenants means one province's IdP cannot mint a token for another province.
 */
public record TrustedIssuer(String issuer, IssuerKeys keys, Set<String> tenants, boolean platform) {

    public boolean speaksFor(String tenant) {
        return tenants.contains("*") || tenants.contains(tenant);
    }
}
