package cn.yixin.api.security;

import java.util.List;

/** Contributes trusted issuers: configuration, the tenant files, and (local run only) the development key. */
public interface TrustedIssuerSource {
    List<TrustedIssuer> issuers();
}
