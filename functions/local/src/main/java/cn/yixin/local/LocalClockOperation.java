package cn.yixin.local;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Local run only: {@code GET /local/clock} shows the day every operation and the sweep see; {@code POST /local/clock}
 * with {@code {"day": "2027-01-11"}} (or {@code {"days": 10}}) moves it forward, never back (issue 12.4). Absent from
 * the Lambda package and from any function environment, as {@code POST /local/tokens} is.
 */
@Controller("/local/clock")
@Requires(env = "local")
@Requires(notEnv = Environment.FUNCTION)
@Requires(beans = LocalClock.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class LocalClockOperation {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LocalClock clock;

    public LocalClockOperation(LocalClock clock) {
        this.clock = clock;
    }

    @Serdeable
    public record Move(@Nullable String day, @Nullable Integer days) {
    }

    @Serdeable
    public record ClockView(LocalDate today, Instant now, long offsetDays, boolean persistent, String zone) {
    }

    @Get
    public ClockView show() {
        return view();
    }

    @Post
    public ClockView move(@Nullable @Body Move move) {
        if (move == null || (move.day() == null) == (move.days() == null)) {
            throw DomainException.invalidField("day", "CLOCK_MOVE_REQUIRED",
                    "请给出要拨到的日期（如 2027-01-11）或向前拨的天数，二选一。",
                    "Give either day (the date to move to, e.g. 2027-01-11) or days (how many days forward), not both.");
        }
        LocalDate target;
        if (move.days() != null) {
            if (move.days() < 0) {
                throw ProblemCode.CLOCK_BACKWARD.onField("days", ProblemCode.Bilingual.of("天数不能为负", "days cannot be negative"));
            }
            target = clock.today().plusDays(move.days());
        } else {
            target = parse(move.day());
        }
        clock.moveTo(target);
        return view();
    }

    private ClockView view() {
        return new ClockView(clock.today(), clock.instant(), clock.offsetDays(), clock.persistent(), "Asia/Shanghai");
    }

    private static LocalDate parse(String day) {
        if (ISO.matcher(day).matches()) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        throw DomainException.invalidField("day", "INVALID_DATE", "日期应写成“年-月-日”的数字形式，如 2027-01-11。",
                "day must be an ISO date, YYYY-MM-DD (e.g. 2027-01-11).");
    }
}
