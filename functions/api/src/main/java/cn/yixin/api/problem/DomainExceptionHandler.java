package cn.yixin.api.problem;

import cn.yixin.domain.DomainException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A rule said no: its code and bilingual message go to the caller as they are. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        return Problems.of(request, exception);
    }
}
