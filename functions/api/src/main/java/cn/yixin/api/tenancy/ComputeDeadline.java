package cn.yixin.api.tenancy;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.tenant.Timelines;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.LocalDate;

/**
 * The due date of one of the tenant's timelines, counted in working days on its calendar: the day of the
 * notice is not counted, and a date past the last loaded calendar year is refused, not guessed.
 */
@Controller("/calendar/deadlines")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Bureau")
public class ComputeDeadline {

    public enum Timeline { OBJECTION_FILING, OBJECTION_DECISION, REPAIR_PUBLICITY, CORRECTION }

    private final TenantDirectory directory;

    public ComputeDeadline(TenantDirectory directory) {
        this.directory = directory;
    }

    @Serdeable
    public record Deadline(LocalDate from, @Nullable Timeline timeline, int workingDays, LocalDate due,
                           String calendar, int configVersion, LastDay lastDay) {
    }

    /** The due day in words, the one form every notice and letter uses (issue 12.7: the day itself is included). */
    @Serdeable
    public record LastDay(String zh, String en) {
        static LastDay of(LocalDate due) {
            return new LastDay(DeadlineText.zhLastDay(due), DeadlineText.enLastDay(due));
        }
    }

    @Operation(summary = "Compute a deadline in working days (按工作日计算期限)", description = "from: the notice date. Either timeline (the tenant's configured window) or days.")
    @Get
    public Deadline compute(@QueryValue LocalDate from, @Nullable @QueryValue Timeline timeline,
                            @Nullable @QueryValue @Min(1) @Max(365) Integer days, Authentication auth) {
        ActiveConfig active = directory.current(Caller.of(auth).tenant());
        if ((timeline == null) == (days == null)) {
            throw DomainException.invalidField("timeline", "TIMELINE_OR_DAYS",
                    "请在 timeline（本地区时限）与 days（天数）中二选一。",
                    "Give either timeline (one of the tenant's windows) or days, not both and not neither.");
        }
        int n = days != null ? days : days(active.config().timelines(), timeline);
        LocalDate due = active.calendar().addWorkingDays(from, n);
        return new Deadline(from, timeline, n, due, active.calendar().name(), active.version(), LastDay.of(due));
    }

    private static int days(Timelines t, Timeline which) {
        return switch (which) {
            case OBJECTION_FILING -> t.objectionFilingDays();
            case OBJECTION_DECISION -> t.objectionDecisionDays();
            case REPAIR_PUBLICITY -> t.repairPublicityDays();
            case CORRECTION -> t.correctionDays();
        };
    }
}
