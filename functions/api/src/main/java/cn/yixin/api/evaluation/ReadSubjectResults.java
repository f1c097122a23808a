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
 * A subject's evaluation results, every cycle and every version, with the one in force now (R-5.5, R-5.8: the
 * subject itself may query its own).
 */
@Controller("/subjects/{subjectId}/results")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Evaluation")
public class ReadSubjectResults {

    private final CycleResults results;

    public ReadSubjectResults(CycleResults results) {
        this.results = results;
    }

    @Operation(summary = "A subject's evaluation results and their history (信用评价结果及历史)")
    @Get
    public EvaluationViews.History history(@PathVariable String subjectId, Authentication auth) {
        return EvaluationViews.historyOf(subjectId, results.history(Caller.of(auth), subjectId));
    }
}
