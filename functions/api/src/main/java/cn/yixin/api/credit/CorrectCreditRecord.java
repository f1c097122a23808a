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

/** Corrects or withdraws a record by appending a new entry that points at it. */
@Controller("/subjects/{subjectId}/records/{recordId}/corrections")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Credit archive")
public class CorrectCreditRecord {

    private final CreditArchive archive;
    private final Idempotency idempotency;

    public CorrectCreditRecord(CreditArchive archive, Idempotency idempotency) {
        this.archive = archive;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Correct or withdraw a record (更正信用信息)")
    @Post
    public HttpResponse<?> correct(@PathVariable String subjectId, @PathVariable String recordId,
                                   @Body @Valid CorrectionRequest body,
                                   @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "CorrectCreditRecord:" + subjectId + ":" + recordId, body,
                HttpStatus.CREATED, recorder -> archive.correct(caller, subjectId, recordId, body, recorder));
    }
}
