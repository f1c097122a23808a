package cn.yixin.api.credit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * An import the store interrupted part way (issue 10.5): 503 with a Retry-After and the same row-by-row report, saying
 * which rows were recorded, which failed unconfirmed and which were not tried — never a blanket "nothing was written".
 */
@Produces
@Singleton
final class ImportInterruptedHandler implements ExceptionHandler<RecordImport.Interrupted, HttpResponse<RecordImport.Report>> {

    @Override
    public HttpResponse<RecordImport.Report> handle(HttpRequest request, RecordImport.Interrupted exception) {
        return HttpResponse.<RecordImport.Report>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .body(exception.report());
    }
}
