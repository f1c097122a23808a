package cn.yixin.api.objection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Accepts a filed case; information from an external source is forwarded to that source instead. */
@Controller("/subjects/{subjectId}/objections/{caseId}/acceptance")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Objections")
public class AcceptObjection {

    private final Objections objections;
    private final Idempotency idempotency;

    public AcceptObjection(Objections objections, Idempotency idempotency) {
        this.objections = objections;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Accept an objection for investigation (受理异议)")
    @Post
    public HttpResponse<?> handle(
            @PathVariable String subjectId, @PathVariable String caseId, @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "AcceptObjection:" + subjectId + ":" + caseId, java.util.Map.of(), HttpStatus.OK,
                recorder -> objections.accept(caller, subjectId, caseId, recorder));
    }
}
