package cn.yixin.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.List;
import java.util.Set;

@Singleton
final class ConfiguredIssuerSource implements TrustedIssuerSource {

    private final List<TrustedIssuer> issuers;

    ConfiguredIssuerSource(List<ConfiguredIssuer> configured) {
        this.issuers = configured.stream().map(ConfiguredIssuerSource::toIssuer).toList();
    }

    private static TrustedIssuer toIssuer(ConfiguredIssuer c) {
        try {
            JWKSet keys = JWKSet.parse(c.getJwks());
            return new TrustedIssuer(c.getIssuer(), () -> keys, Set.copyOf(c.getTenants()), c.isPlatform());
        } catch (ParseException | NullPointerException e) {
            throw new IllegalStateException("yixin.identity.issuers." + c.getName() + ".jwks is not a JWK set", e);
        }
    }

    @Override
    public List<TrustedIssuer> issuers() {
        return issuers;
    }
}
