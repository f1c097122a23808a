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

import java.util.List;

/** A subject's objections, newest first, with status, due dates, history and documents (the subject follows its cases). */
@Controller("/subjects/{subjectId}/objections")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Objections")
public class ListSubjectObjections {

    private final Objections objections;

    public ListSubjectObjections(Objections objections) {
        this.objections = objections;
    }

    @Operation(summary = "A subject's objections (信用主体的异议)")
    @Get
    public List<ObjectionView> list(@PathVariable String subjectId, Authentication auth) {
        return objections.forSubject(Caller.of(auth), subjectId);
    }
}
