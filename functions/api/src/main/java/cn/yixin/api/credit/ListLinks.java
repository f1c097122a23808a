package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.subject.SubjectLink;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/subjects/{subjectId}/links")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Subjects")
public class ListLinks {

    private final CreditSubjects subjects;

    public ListLinks(CreditSubjects subjects) {
        this.subjects = subjects;
    }

    @Operation(summary = "A subject's links (关联关系)")
    @Get
    public List<SubjectLink> list(@PathVariable String subjectId, Authentication auth) {
        return subjects.links(Caller.of(auth), subjectId);
    }
}
