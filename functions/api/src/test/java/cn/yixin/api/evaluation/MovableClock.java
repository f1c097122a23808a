package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** The harness clock (ApiUnderTest.CLOCK) plus an offset the evaluation tests move forward (a lease expiring without waiting a minute). */
@Singleton
@Primary
@Requires(property = "yixin.test.movable-clock", value = "true")
public class MovableClock extends cn.yixin.api.testing.FixedZoneClock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration d) {
        offset = offset.plus(d);
    }

    @Override
    public Instant instant() {
        return ApiUnderTest.CLOCK.instant().plus(offset);
    }
}
