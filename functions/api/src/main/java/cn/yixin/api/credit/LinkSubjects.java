package cn.yixin.api.credit;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.subject.SubjectLink;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/** Links a person to an institution: practises at, or is its legal representative / principal. */
@Controller("/subjects/{subjectId}/links")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Subjects")
public class LinkSubjects {

    private final CreditSubjects subjects;
    private final Idempotency idempotency;
    private final JointPunishment joint;

    public LinkSubjects(CreditSubjects subjects, Idempotency idempotency, JointPunishment joint) {
        this.subjects = subjects;
        this.joint = joint;
        this.idempotency = idempotency;
    }

    @Serdeable
    public record LinkRequest(@NotNull SubjectLink.Relation relation,
                              @NotBlank @jakarta.validation.constraints.Size(max = 64) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9_-]+") String institutionId) {
    }

    @Operation(summary = "Link a person to an institution (登记人员与机构的关联)")
    @Post
    public HttpResponse<?> link(@PathVariable String subjectId, @Body @Valid LinkRequest body,
                                @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "LinkSubjects:" + subjectId, body, HttpStatus.CREATED,
                recorder -> {
                    SubjectLink link = subjects.link(caller, subjectId, body.relation(), body.institutionId(), recorder);
                    joint.afterLink(caller, link);   // a person linked later is caught up
                    return link;
                });
    }
}
