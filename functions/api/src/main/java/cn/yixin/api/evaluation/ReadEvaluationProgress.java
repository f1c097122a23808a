package cn.yixin.api.evaluation;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.evaluation.CycleRun;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;

/** Progress of a year's runs: done/total per kind, whether a call is working on it now. */
@Controller("/cycles/{year}/runs")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Evaluation")
public class ReadEvaluationProgress {

    private final CycleResults results;
    private final Clock clock;
    private final TenantDirectory tenants;
    private final LiveGrading grading;

    public ReadEvaluationProgress(CycleResults results, Clock clock, TenantDirectory tenants, LiveGrading grading) {
        this.results = results;
        this.clock = clock;
        this.tenants = tenants;
        this.grading = grading;
    }

    @Operation(summary = "Progress of an evaluation cycle (评价进度)")
    @Get
    public EvaluationViews.Runs progress(@PathVariable int year, Authentication auth) {
        String tenant = Caller.of(auth).tenant();
        List<CycleRun> runs = results.runs(tenant, year);
        return new EvaluationViews.Runs(year, !runs.isEmpty() && runs.stream().allMatch(r -> r.status() == CycleRun.Status.COMPLETED),
                runs.stream().map(r -> EvaluationViews.of(r, clock.instant())).toList(),
                Rulebook.of(tenants.current(tenant), grading.today()));
    }
}
