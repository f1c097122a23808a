package cn.yixin.api.sweep;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;

/** Runs the daily sweep now (the schedule runs it every night); {@code ?day=} replays a given day. */
@Controller("/platform/sweeps")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class RunDailySweep {

    private final DailySweep sweep;
    private final LiveGrading grading;

    public RunDailySweep(DailySweep sweep, LiveGrading grading) {
        this.sweep = sweep;
        this.grading = grading;
    }

    @Operation(summary = "Run the daily sweep (每日到期处理)")
    @Post
    public SweepReport run(@Nullable @QueryValue LocalDate day) {
        return sweep.run(day == null ? grading.today() : day);
    }
}
