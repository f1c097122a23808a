package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.SubjectKind;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Finds a subject by its identifier. A POST, not a GET: an ID number in a query string would land in gateway
 * access logs.
 */
@Controller("/subjects/search")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Subjects")
public class FindSubjectByIdentifier {

    private final CreditSubjects subjects;

    public FindSubjectByIdentifier(CreditSubjects subjects) {
        this.subjects = subjects;
    }

    @Serdeable
    public record Query(@NotNull SubjectKind kind, @NotBlank String identifier) {
        @Override
        public String toString() {
            return "Query[kind=" + kind + "]";
        }
    }

    @Operation(summary = "Find a subject by identifier (按统一社会信用代码或身份证号查找)")
    @Post
    public SubjectView find(@Body @Valid Query query, Authentication auth) {
        return subjects.findByIdentifier(Caller.of(auth), query.kind(), query.identifier());
    }
}
