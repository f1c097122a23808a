package cn.yixin.api.repair;

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

/**
 * Publication of each of a subject's dishonesty records: published until when, ended, repaired, and
 * from when it may be repaired. What any public or shared read must honour: only PUBLISHED records go out.
 */
@Controller("/subjects/{subjectId}/publications")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Credit repair")
public class ListPublications {

    private final CreditRepairs repairs;

    public ListPublications(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @Operation(summary = "Publication of a subject's dishonesty records (失信信息公示状态)")
    @Get
    public List<RepairView.PublicationLine> list(@PathVariable String subjectId, Authentication auth) {
        return repairs.publications(Caller.of(auth), subjectId);
    }
}
