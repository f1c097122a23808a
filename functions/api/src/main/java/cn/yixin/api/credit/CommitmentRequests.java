package cn.yixin.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the commitment operations. */
public final class CommitmentRequests {

    private CommitmentRequests() {
    }

    public enum Channel { ONLINE, PAPER }

    public enum Outcome { FULFILLED, BREACHED }

    /** ONLINE: the subject signs now over the API. PAPER: the bureau registers a signed paper commitment. */
    @Serdeable
    public record Sign(@NotBlank @Size(max = 64) String template, @NotNull Channel channel,
                       @Nullable LocalDate signedOn, @Nullable @Size(max = 100) String paperReference) {
    }

    @Serdeable
    public record RecordOutcome(@NotNull Outcome outcome, @NotBlank @Size(max = 500) String summary,
                                @Nullable @Valid RecordRequest.Basis basis, @NotNull LocalDate effectiveFrom,
                                @Nullable LocalDate effectiveTo) {
    }
}
