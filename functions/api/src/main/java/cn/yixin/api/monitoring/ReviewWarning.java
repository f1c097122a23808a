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

/**
 * Confirms (the subject enters key monitoring unless keyMonitoring is false, and is told with the reasons) or
 * dismisses an open warning, with reasons; audited on the warning (R-8.1, 001 §32). A second review is refused (409).
 */
@Controller("/subjects/{subjectId}/warnings/{warningId}/review")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Monitoring")
public class ReviewWarning {

    private final WarningReview review;
    private final Idempotency idempotency;

    public ReviewWarning(WarningReview review, Idempotency idempotency) {
        this.review = review;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Confirm or dismiss a warning (预警核实：确认或排除)")
    @Post
    public HttpResponse<?> review(@PathVariable String subjectId, @PathVariable String warningId,
                                  @Body @Valid MonitoringRequests.Review body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "ReviewWarning:" + subjectId + ":" + warningId, body, HttpStatus.OK,
                recorder -> review.review(caller, subjectId, warningId, body, recorder));
    }
}
