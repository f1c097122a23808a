package cn.yixin.api.credit;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Records credit information (R-3.1–3.4); the subject's grade moves in the same write. */
@Controller("/subjects/{subjectId}/records")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Credit archive")
public class RecordCreditInformation {

    private final CreditArchive archive;
    private final Idempotency idempotency;

    public RecordCreditInformation(CreditArchive archive, Idempotency idempotency) {
        this.archive = archive;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record credit information (归集信用信息)")
    @Post
    public HttpResponse<?> record(@PathVariable String subjectId, @Body @Valid RecordRequest body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordCreditInformation:" + subjectId, body, HttpStatus.CREATED,
                recorder -> archive.record(caller, subjectId, body, recorder));
    }
}
