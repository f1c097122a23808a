package cn.yixin.api.repair;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
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

/** The reviewer upholds (the repair is refused in writing) or dismisses a public objection. */
@Controller("/subjects/{subjectId}/repairs/{repairId}/objections/{objectionId}/rulings")
@Secured(Roles.BUREAU_REVIEWER)
@Tag(name = "Credit repair")
public class RuleOnRepairObjection {

    private final CreditRepairs repairs;
    private final Idempotency idempotency;

    public RuleOnRepairObjection(CreditRepairs repairs, Idempotency idempotency) {
        this.repairs = repairs;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Rule on a public objection to a repair (处理信用修复公示异议)")
    @Post
    public HttpResponse<?> rule(@PathVariable String subjectId, @PathVariable String repairId,
                                @PathVariable String objectionId, @Body @Valid RepairRequests.Ruling body,
                                @Nullable @Header("If-Match") String ifMatch,
                                @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        Long version = RepairHeaders.version(ifMatch);
        return idempotency.run(caller, key, "RuleOnRepairObjection:" + repairId + ":" + objectionId, body,
                HttpStatus.OK, recorder -> repairs.rule(caller, subjectId, repairId, objectionId, body, version, recorder));
    }
}
