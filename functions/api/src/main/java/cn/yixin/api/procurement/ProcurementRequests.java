package cn.yixin.api.procurement;

import cn.yixin.api.input.PlausibleDate;
import cn.yixin.domain.BasisKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the procurement credit rating. */
public final class ProcurementRequests {

    private ProcurementRequests() {
    }

    @Serdeable
    public record Basis(@Nullable BasisKind kind, @Nullable @Size(max = 100) String number,
                        @Nullable @PlausibleDate(notFuture = true) LocalDate date,
                        @Nullable @Size(max = 100) String issuer) {
    }

    /**
     * A case against the company.
     *
     * @param amount   yuan, as a decimal string with at most 2 decimals ("12345.67"); required for a conduct rated by
     *                 amount (cumulative kickbacks, tax), optional for a fixed-level one
     * @param products the products involved (listing and distribution are suspended for them at the serious level)
     */
    @Serdeable
    public record Case(@NotNull @Size(max = 64) String conduct, @Nullable @Size(max = 32) String amount,
                       @NotNull @PlausibleDate(notFuture = true) LocalDate actDate, @Nullable @Valid Basis basis,
                       @Nullable @Size(max = 50) List<@Size(max = 100) String> products,
                       @Nullable @Size(max = 500) String summary) {
    }

    /** The clearance (清零) of a corrected case after its period, by the procurement agency (000 §4(6)). */
    @Serdeable
    public record Clearance(@Nullable @Size(max = 2000) String reasons) {
    }
}
