package cn.yixin.api.inspection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The tenant's random inspection plans, newest first, each with its draws. */
@Controller("/inspection-plans")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Random inspections")
public class ListInspectionPlans {

    private final InspectionPlans plans;

    public ListInspectionPlans(InspectionPlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "List random inspection plans (双随机抽查计划)")
    @Get
    public InspectionViews.Plans list(Authentication auth) {
        return plans.list(Caller.of(auth));
    }
}
