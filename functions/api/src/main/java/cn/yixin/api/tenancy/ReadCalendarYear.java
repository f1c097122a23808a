package cn.yixin.api.tenancy;

import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every version of one calendar year loaded over the API: who loaded it, when, why and from which notice. */
@Controller("/platform/calendars/{calendarId}/years/{year}")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ReadCalendarYear {

    private final CalendarYears calendars;

    public ReadCalendarYear(CalendarYears calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "Read a calendar year's loaded versions (节假日安排载入记录)")
    @Get
    public CalendarYears.History read(@PathVariable String calendarId, @PathVariable int year) {
        return calendars.history(calendarId, year);
    }
}
