package cn.yixin.api.evaluation;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Re-evaluates a subject's result of a cycle after a change (a listing, a repair, an objection decided, R-5.7): a new
 * version with the reason and basis, and a notice, if the outcome changes; {@code changed: false} and nothing
 * written if it does not. Re-sending the same request finds the outcome unchanged, so it is idempotent as it stands.
 */
@Controller("/subjects/{subjectId}/results/{year}/revisions")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER})
@Tag(name = "Evaluation")
public class ReviseResult {

    private final ResultRevision revision;
    private final TenantDirectory tenants;
    private final LiveGrading grading;

    public ReviseResult(ResultRevision revision, TenantDirectory tenants, LiveGrading grading) {
        this.revision = revision;
        this.tenants = tenants;
        this.grading = grading;
    }

    @Serdeable
    public record RevisionRequest(@NotNull ResultRevision.Cause cause, @NotBlank @Size(max = 500) String reason,
                                  @NotBlank @Size(max = 500) String basis) {
    }

    @Operation(summary = "Revise a cycle result after a change (评价结果变更)")
    @Post
    public EvaluationViews.Revision revise(@PathVariable String subjectId, @PathVariable int year,
                                           @Body @Valid RevisionRequest body,
                                           @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        caller.requireMayRead(subjectId);
        var changed = revision.revise(caller.tenant(), subjectId, year, body.cause(), body.reason().trim(),
                body.basis().trim());
        // Issue 12.10: the version the result is evaluated under (the cycle's), flagged when its rulebook lapsed.
        int version = changed.map(r -> r.configVersion()).orElse(tenants.current(caller.tenant()).version());
        Rulebook rulebook = Rulebook.flagged(tenants.version(caller.tenant(), version), grading.today(),
                "revises a " + year + " result");
        return changed.map(r -> new EvaluationViews.Revision(true, EvaluationViews.of(r, null, r.publishedAt() != null),
                        rulebook))
                .orElseGet(() -> new EvaluationViews.Revision(false, null, rulebook));
    }
}
