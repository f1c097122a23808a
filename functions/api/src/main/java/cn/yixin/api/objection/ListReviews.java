package cn.yixin.api.objection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * Cases the lower-level bureaus escalated to the caller's tenant for review, and nothing else of theirs
 * only escalated cases of tenants whose parent is the caller's tenant.
 */
@Controller("/reviews")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Objections")
public class ListReviews {

    private final ParentReviews reviews;

    public ListReviews(ParentReviews reviews) {
        this.reviews = reviews;
    }

    @Operation(summary = "Objections escalated for review by the level above (待复核异议)")
    @Get
    public List<ObjectionView> list(Authentication auth) {
        return reviews.list(Caller.of(auth));
    }
}
