package cn.yixin.api.tenancy;

import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The working-day calendars, the years each has (from the bundled file or loaded over the API, with version, source
 * and who loaded it) and warnings: from 1 November, next year's holiday notice not loaded (issue 12.11, R-10.1).
 */
@Controller("/platform/calendars")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ListCalendars {

    private final CalendarYears calendars;

    public ListCalendars(CalendarYears calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "List working-day calendars and their loaded years (工作日历及已载入年度)")
    @Get
    public CalendarYears.Listing list() {
        return calendars.list();
    }
}
