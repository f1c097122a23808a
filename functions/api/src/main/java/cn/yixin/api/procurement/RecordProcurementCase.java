package cn.yixin.api.procurement;

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
 * Records a procurement credit case against a pharmaceutical company: conduct, amount (strict yuan text),
 * act date, basis document, products involved; the level comes from the tenant's thresholds. The company is told.
 */
@Controller("/subjects/{subjectId}/procurement-cases")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Procurement")
public class RecordProcurementCase {

    private final ProcurementCases cases;
    private final Idempotency idempotency;

    public RecordProcurementCase(ProcurementCases cases, Idempotency idempotency) {
        this.cases = cases;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record a procurement credit case (医药价格和招采失信事项)")
    @Post
    public HttpResponse<?> record(@PathVariable String subjectId, @Body @Valid ProcurementRequests.Case body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordProcurementCase:" + subjectId, body, HttpStatus.CREATED,
                recorder -> cases.record(caller, subjectId, body, recorder));
    }
}
