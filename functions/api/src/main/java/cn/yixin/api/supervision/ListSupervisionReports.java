package cn.yixin.api.supervision;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every version of the list with its report status; {@code overdue=true}: the reports not made in time. */
@Controller("/supervision-items/reports")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Supervision items")
public class ListSupervisionReports {

    private final SupervisionItems items;

    public ListSupervisionReports(SupervisionItems items) {
        this.items = items;
    }

    @Operation(summary = "List supervision list reports (清单变更报送情况)")
    @Get
    public SupervisionItems.Reports list(@Nullable @QueryValue Boolean overdue, Authentication auth) {
        return items.reports(Caller.of(auth), overdue);
    }
}
