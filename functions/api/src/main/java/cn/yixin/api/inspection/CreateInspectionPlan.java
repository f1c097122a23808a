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

/** Creates a random inspection plan: kinds, period, base ratio, inspectors per check (R-7.2, 001 §28). */
@Controller("/inspection-plans")
@Secured({Roles.BUREAU_ADMIN})
@Tag(name = "Random inspections")
public class CreateInspectionPlan {

    private final InspectionPlans plans;
    private final Idempotency idempotency;

    public CreateInspectionPlan(InspectionPlans plans, Idempotency idempotency) {
        this.plans = plans;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Create a random inspection plan (制定双随机抽查计划)")
    @Post
    public HttpResponse<?> create(@Body @Valid InspectionRequests.CreatePlan body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "CreateInspectionPlan", body, HttpStatus.CREATED,
                recorder -> plans.create(caller, body, recorder));
    }
}
