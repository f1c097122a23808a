package cn.yixin.api.sweep;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What a sweep did, per tenant and job; a failed job says so and the others still ran. */
@Serdeable
public record SweepReport(LocalDate day, List<Line> lines) {

    @Serdeable
    public record Line(String tenantId, String job, int changed, @Nullable String error) {
    }

    public boolean failed() {
        return lines.stream().anyMatch(l -> l.error() != null);
    }
}
