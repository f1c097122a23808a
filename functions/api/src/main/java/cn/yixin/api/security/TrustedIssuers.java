package cn.yixin.api.security;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** All issuers we trust, from every source; looked up by a token's {@code iss}. */
@Singleton
public class TrustedIssuers {

    private final List<TrustedIssuerSource> sources;

    public TrustedIssuers(List<TrustedIssuerSource> sources) {
        this.sources = sources;
    }

    public Optional<TrustedIssuer> find(String issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        for (TrustedIssuerSource source : sources) {
            for (TrustedIssuer i : source.issuers()) {
                if (i.issuer().equals(issuer)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }
}
