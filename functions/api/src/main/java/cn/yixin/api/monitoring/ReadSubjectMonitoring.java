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

/** A subject's monitoring level for staff (一般监控 / 重点监控 with start, reason, review date, end; 001 §32). */
@Controller("/subjects/{subjectId}/monitoring")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Monitoring")
public class ReadSubjectMonitoring {

    private final KeyMonitoring monitoring;

    public ReadSubjectMonitoring(KeyMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(summary = "A subject's monitoring level (监控级别)")
    @Get
    public MonitoringViews.MonitoringView read(@PathVariable String subjectId, Authentication auth) {
        return monitoring.read(Caller.of(auth), subjectId);
    }
}
