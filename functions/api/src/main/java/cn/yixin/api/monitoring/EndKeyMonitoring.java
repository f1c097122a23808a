package cn.yixin.api.monitoring;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Ends a subject's key monitoring by decision, with reasons (001 §32); audited on the monitoring row. */
@Controller("/subjects/{subjectId}/monitoring/end")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Monitoring")
public class EndKeyMonitoring {

    private final KeyMonitoring monitoring;
    private final Idempotency idempotency;

    public EndKeyMonitoring(KeyMonitoring monitoring, Idempotency idempotency) {
        this.monitoring = monitoring;
        this.idempotency = idempotency;
    }

    @Operation(summary = "End key monitoring (解除重点监控)")
    @Post
    public HttpResponse<?> end(@PathVariable String subjectId, @Body @Valid MonitoringRequests.End body,
                               @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "EndKeyMonitoring:" + subjectId, body, HttpStatus.OK,
                recorder -> monitoring.end(caller, subjectId, body, recorder));
    }
}
