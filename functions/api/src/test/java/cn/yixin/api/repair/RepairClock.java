package cn.yixin.api.repair;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the repair suite sets to a China day (10:00 CST), to walk a publicity across a holiday block. */
@Singleton
@Requires(env = "repair-clock")
public class RepairClock extends Clock {

    private volatile Instant now = Instant.now();

    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
