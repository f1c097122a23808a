package cn.yixin.api.supervision;

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

/** Records that a version's change was reported to the credit office (报至信用办, R-7.5), once. */
@Controller("/supervision-items/{version}/report")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Supervision items")
public class RecordSupervisionReport {

    private final SupervisionItems items;
    private final Idempotency idempotency;

    public RecordSupervisionReport(SupervisionItems items, Idempotency idempotency) {
        this.items = items;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record the report of a list change (登记清单变更报送)")
    @Post
    public HttpResponse<?> report(@PathVariable int version, @Body @Valid SupervisionRequests.Report body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordSupervisionReport:" + version, body, HttpStatus.OK,
                recorder -> items.report(caller, version, body, recorder));
    }
}
