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

/** The staff inbox of warnings: open ones by default, most serious level first, oldest first; counts per level. */
@Controller("/warnings")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Monitoring")
public class ListWarnings {

    private final WarningInbox inbox;

    public ListWarnings(WarningInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "Warning inbox by level and age (信用风险预警待办)")
    @Get
    public MonitoringViews.Inbox list(@Nullable @QueryValue cn.yixin.domain.monitoring.Warning.Status status,
                                      @Nullable @QueryValue String level, Authentication auth) {
        return inbox.inbox(Caller.of(auth), status, level);
    }
}
