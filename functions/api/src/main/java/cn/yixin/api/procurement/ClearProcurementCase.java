package cn.yixin.api.procurement;

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
 * Clears (清零) a corrected procurement credit case once its level's period has passed, by the procurement agency
 * (000 §4(6), R-11.3); the rating falls to the highest remaining active case. A second clearance is refused (409).
 */
@Controller("/subjects/{subjectId}/procurement-cases/{caseId}/clearance")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Procurement")
public class ClearProcurementCase {

    private final ProcurementCases cases;
    private final Idempotency idempotency;

    public ClearProcurementCase(ProcurementCases cases, Idempotency idempotency) {
        this.cases = cases;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Clear a corrected procurement credit case (信用评价清零)")
    @Post
    public HttpResponse<?> clear(@PathVariable String subjectId, @PathVariable String caseId,
                                 @Body @Valid ProcurementRequests.Clearance body,
                                 @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "ClearProcurementCase:" + subjectId + ":" + caseId, body, HttpStatus.OK,
                recorder -> cases.clear(caller, subjectId, caseId, body, recorder));
    }
}
