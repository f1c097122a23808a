package cn.yixin.api.objection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One objection case: status, every due date, decision, review, history and its written documents' ids. */
@Controller("/subjects/{subjectId}/objections/{caseId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Objections")
public class ReadObjection {

    private final Objections objections;

    public ReadObjection(Objections objections) {
        this.objections = objections;
    }

    @Operation(summary = "Read an objection case (查看异议办理情况)")
    @Get
    public ObjectionView read(@PathVariable String subjectId, @PathVariable String caseId, Authentication auth) {
        return objections.get(Caller.of(auth), subjectId, caseId);
    }
}
