package cn.yixin.api.sweep;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a daily sweep job looks back over when it reads its day rows (the subjects listed per day, see
 * {@code cn.yixin.store.DayRows}): today and the {@code yixin.sweep.lookback-days} before it (7 by default), so a week of
 * missed runs is caught up by the next one. The jobs are idempotent, so looking at a day twice changes nothing; a
 * longer outage needs one sweep per missed week ({@code POST /platform/sweeps?day=…}).
 */
@Singleton
public class SweepWindow {

    private final int lookbackDays;

    public SweepWindow(@Value("${yixin.sweep.lookback-days:7}") int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    /** Oldest first, ending with {@code today}. */
    public List<LocalDate> days(LocalDate today) {
        List<LocalDate> out = new ArrayList<>(lookbackDays + 1);
        for (LocalDate d = today.minusDays(lookbackDays); !d.isAfter(today); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }
}
