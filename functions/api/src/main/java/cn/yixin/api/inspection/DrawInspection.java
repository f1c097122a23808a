package cn.yixin.api.inspection;

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
 * Draws a plan (双随机, R-7.2): subjects at their grade's ratio, inspectors at random without conflicts; seed, hashes
 * and algorithm recorded. Once per plan; a redraw names the draw it replaces and its reason.
 */
@Controller("/inspection-plans/{planId}/draws")
@Secured({Roles.BUREAU_ADMIN})
@Tag(name = "Random inspections")
public class DrawInspection {

    private final InspectionDraws draws;
    private final Idempotency idempotency;

    public DrawInspection(InspectionDraws draws, Idempotency idempotency) {
        this.draws = draws;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Draw a random inspection plan (随机抽取检查对象和检查人员)")
    @Post
    public HttpResponse<?> draw(@PathVariable String planId, @Nullable @Body @Valid InspectionRequests.Draw body,
                                @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        InspectionRequests.Draw req = body == null ? new InspectionRequests.Draw(null, null) : body;
        return idempotency.run(caller, key, "DrawInspection:" + planId, req, HttpStatus.CREATED,
                recorder -> draws.draw(caller, planId, req, recorder));
    }
}
