package cn.yixin.api.objection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The decision within the tenant's decision window, by the unit that recorded the information: CORRECTED corrects the record through the archive and recomputes the grade; MAINTAINED gives reasons. The subject is notified and receives the decision notice; the mark is removed. A second decision on the same case is refused (409). */
@Controller("/subjects/{subjectId}/objections/{caseId}/decision")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Objections")
public class DecideObjection {

    private final Objections objections;
    private final Idempotency idempotency;
    private final TenantDirectory tenants;
    private final LiveGrading grading;

    public DecideObjection(Objections objections, Idempotency idempotency, TenantDirectory tenants, LiveGrading grading) {
        this.objections = objections;
        this.idempotency = idempotency;
        this.tenants = tenants;
        this.grading = grading;
    }

    @Operation(summary = "Decide an objection: correct or maintain (作出异议处理决定)")
    @Post
    public HttpResponse<?> handle(
            @PathVariable String subjectId, @PathVariable String caseId, @Body @Valid ObjectionRequests.Decision body, @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        // Issue 12.10: deciding under a lapsed rulebook is flagged (header: the body is the stored answer).
        Rulebook rulebook = Rulebook.flagged(tenants.current(caller.tenant()), grading.today(), "decides an objection");
        return Rulebook.onAnswer(idempotency.run(caller, key, "DecideObjection:" + subjectId + ":" + caseId, body, HttpStatus.OK,
                recorder -> objections.decide(caller, subjectId, caseId, body, recorder)), rulebook);
    }
}
