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

/**
 * A credit commitment: the subject signs online for itself, or the bureau registers a signed paper one.
 * Either way the signature is an archive entry.
 */
@Controller("/subjects/{subjectId}/commitments")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.CREDIT_SUBJECT})
@Tag(name = "Commitments")
public class SignCommitment {

    private final CreditArchive archive;
    private final Idempotency idempotency;

    public SignCommitment(CreditArchive archive, Idempotency idempotency) {
        this.archive = archive;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Sign or register a credit commitment (签署信用承诺)")
    @Post
    public HttpResponse<?> sign(@PathVariable String subjectId, @Body @Valid CommitmentRequests.Sign body,
                                @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        caller.requireMayRead(subjectId);
        return idempotency.run(caller, key, "SignCommitment:" + subjectId, body, HttpStatus.CREATED,
                recorder -> archive.signCommitment(caller, subjectId, body, recorder));
    }
}
