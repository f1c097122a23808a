package cn.yixin.api.credit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction: either a replacement of the record, or {@code withdraw} to take it out altogether.
 * Either way the old entry stays in the archive and the new one points at it.
 */
@Serdeable
public record CorrectionRequest(
        @NotBlank @Size(max = 500) String reason,
        @Nullable @Valid RecordRequest replacement,
        boolean withdraw) {
}
