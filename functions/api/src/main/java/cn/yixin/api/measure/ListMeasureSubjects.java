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

/** The subjects under a measure now, each with its reason (issue 13; bureau staff only). */
@Controller("/measures/{code}/subjects")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Results application")
public class ListMeasureSubjects {

    private final MeasureSubjects subjects;

    public ListMeasureSubjects(MeasureSubjects subjects) {
        this.subjects = subjects;
    }

    @Operation(summary = "List the subjects under a measure (适用某项措施的信用主体)")
    @Get
    public MeasureSubjects.Under list(@PathVariable String code, Authentication auth) {
        return subjects.of(Caller.of(auth), code);
    }
}
