package cn.yixin.api.notification;

import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The notices sent to a subject, newest first: what the subject was told, and when. */
@Controller("/subjects/{subjectId}/notices")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Self-service")
public class ListNotices {

    private final CreditSubjects subjects;
    private final Notifier notifier;

    public ListNotices(CreditSubjects subjects, Notifier notifier) {
        this.subjects = subjects;
        this.notifier = notifier;
    }

    @Operation(summary = "A subject's notices (信用主体收到的告知书)")
    @Get
    public List<Notice> list(@PathVariable String subjectId, Authentication auth) {
        Caller caller = Caller.of(auth);
        subjects.find(caller, subjectId);
        return notifier.inbox(caller.tenant(), subjectId);
    }
}
