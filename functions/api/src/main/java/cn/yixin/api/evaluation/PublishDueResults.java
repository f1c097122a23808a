package cn.yixin.api.evaluation;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Publishes now what is due (R-5.7, 001 §27): every result of the year whose objection window has closed and that
 * is not under objection. The daily sweep does the same every night; this is for a bureau that will not wait.
 * Idempotent by nature (each result is published once), so the Idempotency-Key is accepted and not stored.
 */
@Controller("/cycles/{year}/publications")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Evaluation")
public class PublishDueResults {

    private final CycleResults results;
    private final TenantDirectory tenants;
    private final LiveGrading grading;

    public PublishDueResults(CycleResults results, TenantDirectory tenants, LiveGrading grading) {
        this.results = results;
        this.tenants = tenants;
        this.grading = grading;
    }

    @Operation(summary = "Publish results whose objection window closed (公布评价结果)")
    @Post
    public EvaluationViews.Publication publish(@PathVariable int year, @Nullable @Header("Idempotency-Key") String key,
                                               Authentication auth) {
        Caller caller = Caller.of(auth);
        var p = results.publishDue(caller, year);
        return new EvaluationViews.Publication(year, p.published(), p.waiting(),
                Rulebook.flagged(tenants.current(caller.tenant()), grading.today(), "publishes cycle " + year));
    }
}
