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

/** The subject applies for credit repair of one dishonesty record; ineligible at once is refused. */
@Controller("/subjects/{subjectId}/repairs")
@Secured(Roles.CREDIT_SUBJECT)
@Tag(name = "Credit repair")
public class ApplyForRepair {

    private final CreditRepairs repairs;
    private final Idempotency idempotency;

    public ApplyForRepair(CreditRepairs repairs, Idempotency idempotency) {
        this.repairs = repairs;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Apply for credit repair (申请信用修复)")
    @Post
    public HttpResponse<?> apply(@PathVariable String subjectId, @Body @Valid RepairRequests.Apply body,
                                 @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "ApplyForRepair:" + subjectId, body, HttpStatus.CREATED,
                recorder -> repairs.apply(caller, subjectId, body, recorder));
    }
}
