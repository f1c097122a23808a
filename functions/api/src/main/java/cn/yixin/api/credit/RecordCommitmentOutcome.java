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

/** Fulfilment or breach of a signed commitment: a breach is a negative record. */
@Controller("/subjects/{subjectId}/commitments/{template}/outcomes")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Commitments")
public class RecordCommitmentOutcome {

    private final CreditArchive archive;
    private final Idempotency idempotency;

    public RecordCommitmentOutcome(CreditArchive archive, Idempotency idempotency) {
        this.archive = archive;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record a commitment's fulfilment or breach (承诺履约/违约)")
    @Post
    public HttpResponse<?> record(@PathVariable String subjectId, @PathVariable String template,
                                  @Body @Valid CommitmentRequests.RecordOutcome body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordCommitmentOutcome:" + subjectId + ":" + template, body,
                HttpStatus.CREATED, recorder -> archive.commitmentOutcome(caller, subjectId, template, body, recorder));
    }
}
