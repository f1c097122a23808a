package cn.yixin.api.tenancy;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Loads one year of the State Council's holiday notice into a working-day calendar (issue 12.11, R-10.1), for every
 * tenant on it at once, with no redeploy. The first load of a year sends no {@code If-Match}; a correction sends the
 * version it replaces. Every version is kept with who loaded it, when, why ({@code X-Change-Reason}) and its source.
 */
@Controller("/platform/calendars/{calendarId}/years/{year}")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class LoadCalendarYear {

    private final CalendarYears calendars;

    public LoadCalendarYear(CalendarYears calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "Load a year's holiday notice (载入年度节假日安排)",
            description = "Body: {source, holidays: [{date, name}], makeUpWorkdays: [{date, name}]}, ISO dates in that year;"
                    + " make-up workdays on Saturdays or Sundays. Header If-Match: the version replaced (none for a first"
                    + " load). Header X-Change-Reason: why.")
    @Put
    public CalendarYears.Loaded load(@PathVariable String calendarId, @PathVariable int year,
                                     @Nullable @Body CalendarYears.Notice notice,
                                     @Nullable @Header("If-Match") String ifMatch,
                                     @Nullable @Header("X-Change-Reason") String reason, Authentication auth) {
        return calendars.load(calendarId, year, notice, parseVersion(ifMatch), Caller.of(auth).userId(), reason);
    }

    private static Integer parseVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("If-Match", "IF_MATCH_INVALID",
                    "If-Match 头应为所更正的版本号（整数）。", "If-Match must be the version number you replace.");
        }
    }
}
