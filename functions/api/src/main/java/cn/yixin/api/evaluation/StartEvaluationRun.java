package cn.yixin.api.evaluation;

import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleRun;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;

import java.time.Clock;
import java.util.List;

/**
 * Starts or continues the evaluation cycle of a year (R-5.4–5.7): proposed results and notices for every subject of
 * one kind (or every kind the tenant rates). Answers 200 when the run is complete, 202 with progress when the call's
 * time budget ran out (call again to continue), 409 {@code CYCLE_RUN_IN_PROGRESS} while another call is working.
 * The run itself is idempotent (re-running creates nothing twice), so the Idempotency-Key is accepted and not stored:
 * a retry simply continues or reports the run.
 */
@Controller("/cycles/{year}/runs")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Evaluation")
public class StartEvaluationRun {

    private final CycleRunner runner;
    private final Clock clock;

    public StartEvaluationRun(CycleRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** @param kind null: every kind the tenant rates; configVersion null: the run's own, or the current one */
    @Serdeable
    public record StartRequest(@Nullable SubjectKind kind, @Nullable @Min(1) Integer configVersion) {
    }

    @Operation(summary = "Start or continue an evaluation cycle (开展年度信用评价)")
    @Post
    public HttpResponse<EvaluationViews.Runs> start(@PathVariable int year, @Nullable @Body StartRequest body,
                                                    @Nullable @Header("Idempotency-Key") String key,
                                                    Authentication auth) {
        Caller caller = Caller.of(auth);
        StartRequest req = body == null ? new StartRequest(null, null) : body;
        CycleRunner.Plan plan = runner.plan(caller.tenant(), year, req.kind(), req.configVersion());
        List<CycleRun> runs = runner.run(plan, caller.userId());
        boolean complete = runs.stream().allMatch(r -> r.status() == CycleRun.Status.COMPLETED);
        // Issue 12.10: evaluating and notifying under a lapsed rulebook is flagged in the answer and the log.
        ActiveConfig used = plan.configs().values().iterator().next();
        var view = new EvaluationViews.Runs(year, complete,
                runs.stream().map(r -> EvaluationViews.of(r, clock.instant())).toList(),
                Rulebook.flagged(used, plan.noticeDate(), "evaluates cycle " + year));
        return HttpResponse.status(complete ? HttpStatus.OK : HttpStatus.ACCEPTED).body(view);
    }
}
