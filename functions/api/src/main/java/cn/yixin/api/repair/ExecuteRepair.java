package cn.yixin.api.repair;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Executes a repair whose publicity is over with no upheld or pending objection: the archive entry,
 * the grade (at once or from the next cycle, by tenant policy) and the application move in one transaction. The
 * daily sweep does the same for every due application.
 */
@Controller("/subjects/{subjectId}/repairs/{repairId}/executions")
@Secured(Roles.BUREAU_REVIEWER)
@Tag(name = "Credit repair")
public class ExecuteRepair {

    private final CreditRepairs repairs;
    private final Idempotency idempotency;
    private final LiveGrading grading;

    public ExecuteRepair(CreditRepairs repairs, Idempotency idempotency, LiveGrading grading) {
        this.repairs = repairs;
        this.idempotency = idempotency;
        this.grading = grading;
    }

    @Operation(summary = "Execute a repair after publicity (公示期满予以信用修复)")
    @Post
    public HttpResponse<?> execute(@PathVariable String subjectId, @PathVariable String repairId,
                                   @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "ExecuteRepair:" + subjectId + ":" + repairId, "", HttpStatus.OK,
                recorder -> repairs.execute(caller, subjectId, repairId, grading.today(), recorder));
    }
}
