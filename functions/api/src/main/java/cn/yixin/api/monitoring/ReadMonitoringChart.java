package cn.yixin.api.monitoring;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.api.tenancy.TenantDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The same statistics as {@link ReadMonitoringStatistics}, drawn as one SVG picture with Chinese labels. */
@Controller("/monitoring/statistics/chart")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Monitoring")
public class ReadMonitoringChart {

    private final MonitoringStatistics statistics;
    private final TenantDirectory tenants;
    private final WarningRaiser raiser;

    public ReadMonitoringChart(MonitoringStatistics statistics, TenantDirectory tenants, WarningRaiser raiser) {
        this.statistics = statistics;
        this.tenants = tenants;
        this.raiser = raiser;
    }

    @Operation(summary = "Monitoring and warning statistics as an SVG chart (信用监控与预警统计图)")
    @Get
    @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
    public HttpResponse<String> chart(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                      Authentication auth) {
        Caller caller = Caller.of(auth);
        StatisticsViews.Statistics s = statistics.read(caller, from, to);
        Map<String, String> names = new HashMap<>();
        raiser.policy(tenants.current(caller.tenant())).rules().forEach(r -> names.put(r.code(), r.name()));
        return HttpResponse.ok(StatisticsChart.svg(s, names)).contentType(MediaType.of(StatisticsChart.CONTENT_TYPE))
                .header("Cache-Control", "private, no-store");
    }
}
