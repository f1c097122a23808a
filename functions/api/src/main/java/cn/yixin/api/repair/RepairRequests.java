package cn.yixin.api.repair;

import cn.yixin.domain.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the credit-repair operations (R-9.1–9.5). */
public final class RepairRequests {

    private RepairRequests() {
    }

    /**
     * The repair application form: which record, what was corrected (evidence of rectification, with
     * attachments uploaded first), and the repair commitment, which must be given ({@code commitment: true}).
     */
    @Serdeable
    public record Apply(@NotBlank @Size(max = 64) String recordId,
                        @NotBlank @Size(min = 10, max = 2000) String rectification,
                        @NotNull Boolean commitment,
                        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 64) String> attachments) {
    }

    public enum Verdict { INTEND_TO_REPAIR, REFUSE }

    /** The reviewer's check: intend to repair (publicity starts) or refuse in writing with reasons. */
    @Serdeable
    public record Decide(@NotNull Verdict decision, @NotBlank @Size(max = 2000) String reasons) {
    }

    /** An objection from anyone during publicity. */
    @Serdeable
    public record PublicObjection(@NotBlank @Size(min = 10, max = 1000) String text) {
    }

    /** The reviewer's ruling on one public objection. */
    @Serdeable
    public record Ruling(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String reasons) {
    }

    /** False materials or an untrue commitment found: recorded as dishonesty citing the application. */
    @Serdeable
    public record FalseMaterials(@NotBlank @Size(max = 500) String summary, @Nullable Severity severity) {
    }
}
