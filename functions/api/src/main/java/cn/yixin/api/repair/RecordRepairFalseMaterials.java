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

/**
 * False materials or an untrue commitment in a repair application: a dishonesty record (OTHER_MISCONDUCT)
 * whose basis is the application's number; an open application is refused with it. Recorded once per application.
 */
@Controller("/subjects/{subjectId}/repairs/{repairId}/false-materials")
@Secured(Roles.BUREAU_REVIEWER)
@Tag(name = "Credit repair")
public class RecordRepairFalseMaterials {

    private final CreditRepairs repairs;
    private final Idempotency idempotency;

    public RecordRepairFalseMaterials(CreditRepairs repairs, Idempotency idempotency) {
        this.repairs = repairs;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record false materials in a repair application (修复申请材料虚假记入信用记录)")
    @Post
    public HttpResponse<?> record(@PathVariable String subjectId, @PathVariable String repairId,
                                  @Body @Valid RepairRequests.FalseMaterials body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordRepairFalseMaterials:" + subjectId + ":" + repairId, body,
                HttpStatus.CREATED, recorder -> repairs.falseMaterials(caller, subjectId, repairId, body, recorder));
    }
}
