package cn.yixin.api.repair;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.repair.RepairStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The bureau's repair queue by status, oldest first, a page at a time (one index query). */
@Controller("/repairs")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Credit repair")
public class ListRepairs {

    private final CreditRepairs repairs;

    public ListRepairs(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @Operation(summary = "List repair applications by status (按状态查询信用修复申请)")
    @Get
    public RepairView.Page list(@QueryValue RepairStatus status, @Nullable @QueryValue String cursor,
                                @Nullable @QueryValue @Min(1) @Max(200) Integer limit, Authentication auth) {
        return repairs.listByStatus(Caller.of(auth), status, cursor, limit == null ? 50 : limit);
    }
}
