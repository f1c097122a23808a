package cn.yixin.api.monitoring;

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

/** One subject's warnings: every one for staff; its confirmed ones only for the subject itself. */
@Controller("/subjects/{subjectId}/warnings")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Monitoring")
public class ListSubjectWarnings {

    private final WarningInbox inbox;

    public ListSubjectWarnings(WarningInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "A subject's warnings (信用主体的预警)")
    @Get
    public java.util.List<?> list(@PathVariable String subjectId, Authentication auth) {
        return inbox.ofSubject(Caller.of(auth), subjectId);
    }
}
