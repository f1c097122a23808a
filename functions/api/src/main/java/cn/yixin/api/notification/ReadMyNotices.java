package cn.yixin.api.notification;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The website inbox of the calling credit subject. */
@Controller("/me/notices")
@Secured(Roles.CREDIT_SUBJECT)
@Tag(name = "Self-service")
public class ReadMyNotices {

    private final Notifier notifier;

    public ReadMyNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @Operation(summary = "My notices (我的告知书)")
    @Get
    public List<Notice> list(Authentication auth) {
        Caller caller = Caller.of(auth);
        return notifier.inbox(caller.tenant(), caller.subjectId());
    }
}
