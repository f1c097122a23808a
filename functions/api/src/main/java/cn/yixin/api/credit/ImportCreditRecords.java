package cn.yixin.api.credit;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;
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
    private final Idempotency idempotency;

    public ImportCreditRecords(RecordImport importer, Idempotency idempotency) {
        this.importer = importer;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Import credit information in batch (批量归集信用信息)")
    @Post
    @Consumes({"text/csv", "application/x-ndjson"})
    public HttpResponse<?> importRecords(HttpRequest<?> request, @Body String body,
                                         @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
        String text = body;
        boolean csv = "csv".equals(type.getSubtype());
        // A retry with the key answers the first report row by row; without one, rows already recorded (same source
        // reference) are reported as ALREADY_RECORDED and nothing is stored twice. An import the store
        // interrupted answers 503 with the truth row by row (issue 10.5) and keeps nothing under the key, so a retry
        // with it records the rest.
        return idempotency.runThenKeep(caller.tenant(), Idempotency.callerScope(caller), key, "ImportCreditRecords",
                (csv ? "csv\n" : "ndjson\n") + text, HttpStatus.OK, () -> {
                    RecordImport.Report report = csv ? importer.importCsv(caller, text)
                            : importer.importJsonLines(caller, text);
                    if (!report.complete()) {
                        throw new RecordImport.Interrupted(report);
                    }
                    return report;
                });
    }
}
