package cn.yixin.api.objection;

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

/** The subject asks its tenant's parent to review the decision, within the filing window counted from the decision. */
@Controller("/subjects/{subjectId}/objections/{caseId}/review-requests")
@Secured({Roles.CREDIT_SUBJECT})
@Tag(name = "Objections")
public class RequestObjectionReview {

    private final Objections objections;
    private final Idempotency idempotency;

    public RequestObjectionReview(Objections objections, Idempotency idempotency) {
        this.objections = objections;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Ask the level above to review the decision (申请上级复核)")
    @Post
    public HttpResponse<?> handle(
            @PathVariable String subjectId, @PathVariable String caseId, @Body @Valid ObjectionRequests.ReviewRequest body, @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RequestObjectionReview:" + subjectId + ":" + caseId, body, HttpStatus.OK,
                recorder -> objections.requestReview(caller, subjectId, caseId, body, recorder));
    }
}
