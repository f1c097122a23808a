package cn.yixin.api.operations;

import cn.yixin.api.credit.RecordImport;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Batch import: {@code text/csv} or {@code application/x-ndjson}. Answers 200 with a per-row report even when
 * rows are rejected: the batch as a whole was processed, and each row says what happened to it. If the store fails
 * part way, 503 with the same report: the rows written, refused, failed and not attempted.
 */
@Controller("/records/imports")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Credit archive")
public class ImportCreditRecords {

    private final RecordImport importer;

    public ImportCreditRecords(RecordImport importer) {
        this.importer = importer;
    }

    @Operation(summary = "Import credit information in batch (批量归集信用信息)")
    @Post
    @Consumes({"text/csv", "application/x-ndjson"})
    public HttpResponse<RecordImport.Report> importRecords(HttpRequest<?> request, @Body String body,
                                                           Authentication auth) {
        Caller caller = Caller.of(auth);
        MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
        String text = body;
        RecordImport.Report report = "csv".equals(type.getSubtype())
                ? importer.importCsv(caller, text)
                : importer.importJsonLines(caller, text);
        // Interrupted by the store (issue 10.5): 503 with the same row-by-row report, never a blanket 500.
        return report.complete() ? HttpResponse.ok(report)
                : HttpResponse.<RecordImport.Report>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(report);
    }
}
