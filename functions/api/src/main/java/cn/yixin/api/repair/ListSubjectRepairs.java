package cn.yixin.api.repair;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** A subject's repair applications, newest first: for the subject itself and the bureau. */
@Controller("/subjects/{subjectId}/repairs")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Credit repair")
public class ListSubjectRepairs {

    private final CreditRepairs repairs;

    public ListSubjectRepairs(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @Operation(summary = "List a subject's repair applications (信用修复申请列表)")
    @Get
    public List<RepairView> list(@PathVariable String subjectId, Authentication auth) {
        return repairs.listForSubject(Caller.of(auth), subjectId);
    }
}
