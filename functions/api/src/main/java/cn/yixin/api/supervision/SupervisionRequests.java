package cn.yixin.api.supervision;

import cn.yixin.api.input.PlausibleDate;
import cn.yixin.domain.supervision.PowerType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the supervision item list. */
public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Serdeable
    public record Item(@Nullable PowerType powerType, @Nullable @Size(max = 300) String name) {
    }

    /**
     * A new version of the list, whole.
     *
     * @param basedOnVersion the version this one changes (0 for the first): a stale edit is refused
     */
    @Serdeable
    public record Publish(@NotNull Integer basedOnVersion, @Nullable @Size(max = 200) List<@Valid Item> items,
                          @Nullable @Size(max = 1000) String changeNote) {
    }

    /** The change reported to the credit office (报至信用办), with its reference. */
    @Serdeable
    public record Report(@NotNull @PlausibleDate(notFuture = true) LocalDate reportedOn,
                         @Nullable @Size(max = 100) String reference) {
    }
}
