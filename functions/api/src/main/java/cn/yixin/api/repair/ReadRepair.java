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

/** One repair application: status, version, history, objections (text for staff only), dates. */
@Controller("/subjects/{subjectId}/repairs/{repairId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Credit repair")
public class ReadRepair {

    private final CreditRepairs repairs;

    public ReadRepair(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @Operation(summary = "Read a repair application (查询信用修复申请)")
    @Get
    public RepairView read(@PathVariable String subjectId, @PathVariable String repairId, Authentication auth) {
        return repairs.read(Caller.of(auth), subjectId, repairId);
    }
}
