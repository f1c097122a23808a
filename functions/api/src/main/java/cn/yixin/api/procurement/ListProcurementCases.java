package cn.yixin.api.procurement;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A company's procurement credit cases and rating (its highest active case) with the disposal measures. */
@Controller("/subjects/{subjectId}/procurement-cases")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Procurement")
public class ListProcurementCases {

    private final ProcurementCases cases;

    public ListProcurementCases(ProcurementCases cases) {
        this.cases = cases;
    }

    @Operation(summary = "A company's procurement credit rating (医药价格和招采信用评级)")
    @Get
    public ProcurementViews.Rating list(@PathVariable String subjectId, Authentication auth) {
        return cases.list(Caller.of(auth), subjectId);
    }
}
