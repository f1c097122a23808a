package cn.yixin.api.repair;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock the repair suite sets to a China day (10:00 CST), to walk a publicity across a holiday block. Primary
 * over the harness's shifted clock in the suite's own application context.
 */
@Singleton
@Primary
@Requires(env = "repair-clock")
public class RepairClock extends cn.yixin.api.testing.FixedZoneClock {

    // Starts where the harness clock is (inside the loaded calendars), until the suite sets a day.
    private volatile Instant now = cn.yixin.api.testing.ApiUnderTest.CLOCK.instant();

    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
