package cn.yixin.api.objection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One case escalated to the caller's tenant; any other case id answers 404. */
@Controller("/reviews/{caseId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Objections")
public class ReadReview {

    private final ParentReviews reviews;

    public ReadReview(ParentReviews reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "Read an escalated objection (查看待复核异议)")
    @Get
    public ObjectionView read(@PathVariable String caseId, Authentication auth) {
        return reviews.get(Caller.of(auth), caseId);
    }
}
