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

/** Subjects under key monitoring (重点监控, 001 §32), earliest review first, with counts per kind; reviewDue=true filters. */
@Controller("/monitoring")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Monitoring")
public class ListKeyMonitoring {

    private final KeyMonitoring monitoring;

    public ListKeyMonitoring(KeyMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "Subjects under key monitoring (重点监控对象)")
    @Get
    public MonitoringViews.MonitoredList list(@Nullable @QueryValue Boolean reviewDue, Authentication auth) {
        return monitoring.list(Caller.of(auth), reviewDue);
    }
}
