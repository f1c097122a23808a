package cn.yixin.api.testing;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What every test clock shares (the movable evaluation clock, the repair suite's China-day clock): UTC, and no other
 * zone, as the application's clock is; a subclass says only what time it is.
 */
public abstract class FixedZoneClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }
}
