package cn.yixin.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.jwt.signature.jwks.HttpClientJwksClient;
import io.micronaut.security.token.jwt.signature.jwks.JwksClient;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.core.async.publisher.Publishers;

/**
 * micronaut-security-jwt's own JWKS client, which needs micronaut-http-client (Netty and an event loop created at
 * start, ~370 classes of every cold start: issue 18). Yixin never configures the library's JWKS signatures: an
 * issuer's keys come from {@link TrustedIssuers} ({@link RemoteJwks}, fetched on first use with the JDK client). So
 * this client fetches nothing and the library, should anything ever ask it, finds no key: fails closed.
 */
@Singleton
@Replaces(HttpClientJwksClient.class)
final class NoLibraryJwksFetch implements JwksClient {

    private static final Logger LOG = LoggerFactory.getLogger(NoLibraryJwksFetch.class);

    @Override
    public Publisher<String> load(String providerName, String url) {
        LOG.warn("Refused the library's JWKS fetch of {} ({}): issuers' keys come from yixin.trusted-issuers",
                url, providerName);
        return Publishers.empty();
    }
}
