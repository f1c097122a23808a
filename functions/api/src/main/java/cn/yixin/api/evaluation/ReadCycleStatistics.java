package cn.yixin.api.evaluation;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Distribution of a year's results by kind and grade. Read from the counts each run keeps in its own item (moved
 * in the same transactions that write results and revisions), so it costs one query however many subjects.
 */
@Controller("/cycles/{year}/statistics")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Evaluation")
public class ReadCycleStatistics {

    private final CycleResults results;

    public ReadCycleStatistics(CycleResults results) {
        this.results = results;
    }

    @Operation(summary = "Grade distribution of a cycle (评价结果统计)")
    @Get
    public EvaluationViews.Statistics statistics(@PathVariable int year, Authentication auth) {
        return EvaluationViews.statistics(year, results.runs(Caller.of(auth).tenant(), year));
    }
}
