package cn.yixin.api.inspection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The tenant's inspector roster. */
@Controller("/inspectors")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Random inspections")
public class ListInspectors {

    private final InspectorRosterReads roster;

    public ListInspectors(InspectorRosterReads roster) {
        this.roster = roster;
    }

    @Operation(summary = "List the inspector roster (检查人员名录库)")
    @Get
    public InspectionViews.Roster list(Authentication auth) {
        return roster.list(Caller.of(auth));
    }
}
