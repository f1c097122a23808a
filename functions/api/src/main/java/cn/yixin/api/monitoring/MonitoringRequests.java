package cn.yixin.api.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the monitoring operations. */
public final class MonitoringRequests {

    private MonitoringRequests() {
    }

    public enum Outcome { CONFIRMED, DISMISSED }

    /**
     * A review of an open warning: CONFIRMED (the subject is told, with the reasons) or DISMISSED; reasons always.
     *
     * @param keyMonitoring on CONFIRMED, whether the subject enters key monitoring (重点监控); true when absent
     * @param measureCode   on CONFIRMED, optionally the punishment measure from the lists in force for the tenant that
     *                      the confirmation applies (R-7.3, issue 15); it must apply to the subject's kind
     */
    @Serdeable
    public record Review(@NotNull Outcome outcome, @Nullable @Size(max = 2000) String reasons,
                         @Nullable Boolean keyMonitoring, @Nullable @Size(max = 64) String measureCode) {
    }

    /** A decision to end key monitoring (001 §32), with its reasons. */
    @Serdeable
    public record End(@Nullable @Size(max = 2000) String reasons) {
    }
}
