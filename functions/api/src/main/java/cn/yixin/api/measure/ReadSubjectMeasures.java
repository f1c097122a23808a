package cn.yixin.api.measure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The measures a subject is under (issue 13): bureau staff read any subject of their tenant, a subject itself. */
@Controller("/subjects/{subjectId}/measures")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Results application")
public class ReadSubjectMeasures {

    private final SubjectMeasures measures;

    public ReadSubjectMeasures(SubjectMeasures measures) {
        this.measures = measures;
    }

    @Operation(summary = "Read the measures a subject is under (信用主体适用的激励和惩戒措施)")
    @Get
    public SubjectMeasures.Applied read(@PathVariable String subjectId, Authentication auth) {
        return measures.of(Caller.of(auth), subjectId);
    }
}
