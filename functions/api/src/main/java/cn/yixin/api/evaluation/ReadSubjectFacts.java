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

/** The facts that decide whether the subject is evaluated in a cycle. */
@Controller("/subjects/{subjectId}/facts")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Evaluation")
public class ReadSubjectFacts {

    private final SubjectFactsService facts;

    public ReadSubjectFacts(SubjectFactsService facts) {
        this.facts = facts;
    }

    @Operation(summary = "Read agreement status and fund expenditure (查询服务协议与基金支出情况)")
    @Get
    public EvaluationViews.Facts read(@PathVariable String subjectId, Authentication auth) {
        return EvaluationViews.of(facts.read(Caller.of(auth), subjectId));
    }
}
