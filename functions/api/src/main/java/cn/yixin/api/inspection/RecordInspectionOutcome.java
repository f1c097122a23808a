package cn.yixin.api.inspection;

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

/** Records what a drawn check found; a violation becomes a credit record in the archive. */
@Controller("/inspection-draws/{drawId}/checks/{subjectId}/outcome")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Random inspections")
public class RecordInspectionOutcome {

    private final InspectionOutcomes outcomes;
    private final Idempotency idempotency;

    public RecordInspectionOutcome(InspectionOutcomes outcomes, Idempotency idempotency) {
        this.outcomes = outcomes;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record an inspection outcome (登记抽查结果)")
    @Post
    public HttpResponse<?> record(@PathVariable String drawId, @PathVariable String subjectId,
                                  @Body @Valid InspectionRequests.Outcome body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordInspectionOutcome:" + drawId + ":" + subjectId, body,
                HttpStatus.CREATED, recorder -> outcomes.record(caller, drawId, subjectId, body, recorder));
    }
}
