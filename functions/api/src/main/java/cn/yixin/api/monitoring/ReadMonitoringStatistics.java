package cn.yixin.api.monitoring;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

/**
 * Statistics for a bureau head (R-8.1, issue 15), as JSON: warnings per month by level and rule, key monitoring by
 * kind, the grade distribution per evaluation cycle and today. {@code from}/{@code to} are days (yyyy-MM-dd),
 * counted by month; at most 36 months.
 */
@Controller("/monitoring/statistics")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Monitoring")
public class ReadMonitoringStatistics {

    private final MonitoringStatistics statistics;

    public ReadMonitoringStatistics(MonitoringStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Monitoring and warning statistics (信用监控与预警统计)")
    @Get
    public StatisticsViews.Statistics read(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                           Authentication auth) {
        return statistics.read(Caller.of(auth), from, to);
    }
}
