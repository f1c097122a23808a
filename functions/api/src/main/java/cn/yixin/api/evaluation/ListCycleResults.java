package cn.yixin.api.evaluation;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.store.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** A year's results by kind and grade (NOT_EVALUATED for ), optionally by status, a page at a time. */
@Controller("/cycles/{year}/results")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Evaluation")
public class ListCycleResults {

    private final CycleResults results;

    public ListCycleResults(CycleResults results) {
        this.results = results;
    }

    @Operation(summary = "Results of a cycle by kind and grade (按类型和等级查询评价结果)")
    @Get
    public EvaluationViews.ResultPage list(@PathVariable int year, @QueryValue SubjectKind kind,
                                           @Nullable @QueryValue @Pattern(regexp = "[A-Z]{1,2}|NOT_EVALUATED") String grade,
                                           @Nullable @QueryValue ResultStatus status,
                                           @Nullable @QueryValue String cursor,
                                           @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                                           Authentication auth) {
        Page<CycleResult> page = results.list(Caller.of(auth), year, kind, grade, status, cursor,
                limit == null ? 50 : limit);
        return new EvaluationViews.ResultPage(page.items().stream().map(EvaluationViews::brief).toList(),
                page.nextCursor());
    }
}
