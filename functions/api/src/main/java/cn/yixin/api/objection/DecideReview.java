package cn.yixin.api.objection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.tenancy.TenantDirectory;
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

/** The parent tenant's final decision on an escalated case: it flows back to the child's case, archive and grade; nothing else of the child tenant is reachable. */
@Controller("/reviews/{caseId}/decision")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Objections")
public class DecideReview {

    private final ParentReviews reviews;
    private final Idempotency idempotency;
    private final TenantDirectory tenants;
    private final LiveGrading grading;

    public DecideReview(ParentReviews reviews, Idempotency idempotency, TenantDirectory tenants, LiveGrading grading) {
        this.reviews = reviews;
        this.idempotency = idempotency;
        this.tenants = tenants;
        this.grading = grading;
    }

    @Operation(summary = "Decide a review as the level above (作出复核决定)")
    @Post
    public HttpResponse<?> handle(
            @PathVariable String caseId, @Body @Valid ObjectionRequests.Decision body, @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        // Issue 12.10: deciding under a lapsed rulebook is flagged (header: the body is the stored answer).
        Rulebook rulebook = Rulebook.flagged(tenants.current(caller.tenant()), grading.today(), "decides a review");
        return Rulebook.onAnswer(idempotency.run(caller, key, "DecideReview:" + caseId, body, HttpStatus.OK,
                recorder -> reviews.decide(caller, caseId, body, recorder)), rulebook);
    }
}
