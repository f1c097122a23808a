package cn.yixin.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.proxy.security.MicronautLambdaAuthenticationFetcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/**
 * Replaces Micronaut's Lambda fetcher, which believes a plain {@code x-amzn-oidc-identity} header and the gateway's
 * authorizer context. Here identity comes only from the bearer token, verified by this function itself: the
 * gateway's JWT authorizer is a first fence, not the only one.
 */
@Singleton
@Replaces(MicronautLambdaAuthenticationFetcher.class)
final class NoHeaderTrustAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Publishers.empty();
    }
}
