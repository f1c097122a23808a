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
 * The reviewer's check: intend to repair (publicity for the tenant's working days starts today) or refuse in
 * writing. {@code If-Match: <version>} makes a stale decision fail; of two concurrent decisions one wins.
 */
@Controller("/subjects/{subjectId}/repairs/{repairId}/decisions")
@Secured(Roles.BUREAU_REVIEWER)
@Tag(name = "Credit repair")
public class DecideRepair {

    private final CreditRepairs repairs;
    private final Idempotency idempotency;

    public DecideRepair(CreditRepairs repairs, Idempotency idempotency) {
        this.repairs = repairs;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Decide a repair application: intend to repair or refuse (核实：拟修复公示或不予修复)")
    @Post
    public HttpResponse<?> decide(@PathVariable String subjectId, @PathVariable String repairId,
                                  @Body @Valid RepairRequests.Decide body, @Nullable @Header("If-Match") String ifMatch,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        Long version = RepairHeaders.version(ifMatch);
        return idempotency.run(caller, key, "DecideRepair:" + subjectId + ":" + repairId, body, HttpStatus.OK,
                recorder -> repairs.decide(caller, subjectId, repairId, body, version, recorder));
    }
}
