package cn.yixin.api.eligibility;

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
 * Records the points of one act against a person (医保支付资格记分, R-11.1): catalogue item, responsibility, points in
 * the item's band, act date, basis document. The identifier is in the body and is stored only hashed and
 * sealed. A 9th or 12th point suspends or terminates at once and tells the person and the institutions.
 */
@Controller("/eligibility/points")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Eligibility")
public class RecordPoints {

    private final PointsRecording recording;
    private final Idempotency idempotency;

    public RecordPoints(PointsRecording recording, Idempotency idempotency) {
        this.recording = recording;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record payment-eligibility points (医保支付资格记分)")
    @Post
    public HttpResponse<?> record(@Body @Valid EligibilityRequests.Points body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordPoints", body, HttpStatus.CREATED,
                recorder -> recording.record(caller, body, recorder));
    }
}
