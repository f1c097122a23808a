package cn.yixin.api.sweep;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sweep did, per tenant and job; a failed job says so and the others still ran. {@code warnings} lists what
 * the platform operator must act on (issue 12.11: a holiday notice not loaded, with the tenants it affects).
 */
@Serdeable
public record SweepReport(LocalDate day, List<Line> lines, List<Warning> warnings) {

    public SweepReport(LocalDate day, List<Line> lines) {
        this(day, lines, List.of());
    }

    @Serdeable
    public record Line(String tenantId, String job, int changed, @Nullable String error) {
    }

    @Serdeable
    public record Warning(String code, String calendar, int year, List<String> tenants, String zh, String en) {
    }

    public boolean failed() {
        return lines.stream().anyMatch(l -> l.error() != null);
    }
}
