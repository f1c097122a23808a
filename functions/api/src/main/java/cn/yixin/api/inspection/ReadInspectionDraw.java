package cn.yixin.api.inspection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A draw with every check, its inspectors and outcome; with inputs=true its recorded population and roster. */
@Controller("/inspection-draws/{drawId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Random inspections")
public class ReadInspectionDraw {

    private final InspectionDraws draws;

    public ReadInspectionDraw(InspectionDraws draws) {
        this.draws = draws;
    }

    @Operation(summary = "Read a draw (查看抽取结果)")
    @Get
    public InspectionViews.DrawView read(@PathVariable String drawId, @Nullable @QueryValue Boolean inputs,
                                         Authentication auth) {
        return draws.read(Caller.of(auth), drawId, Boolean.TRUE.equals(inputs));
    }
}
