package cn.yixin.api.credit;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.yixin.api.input.PlausibleDate;

import java.time.LocalDate;

/**
 * Credit information to record (R-3.1–3.4). {@code sourceRef} is the source system's own number for the record:
 * with it, sending the same record twice (a retry, a re-run import) stores it once.
 */
@Serdeable
public record RecordRequest(
        @NotNull InfoCategory category,
        @NotNull Polarity polarity,
        @Nullable Severity severity,
        @Nullable @Size(max = 64) String indicator,
        @Nullable @Size(max = 500) String summary,
        @Nullable @Valid Basis basis,
        @NotNull @PlausibleDate LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable RecordSource source,
        @Nullable @Size(max = 100) String sourceRef) {

    @Serdeable
    public record Basis(@Nullable BasisKind kind, @Nullable @Size(max = 100) String number,
                        @Nullable @PlausibleDate(notFuture = true) LocalDate date,
                        @Nullable @Size(max = 100) String issuer) {
        BasisDocument toDocument() {
            return new BasisDocument(kind, number, date, issuer);
        }
    }

    BasisDocument basisDocument() {
        return basis == null ? null : basis.toDocument();
    }

    RecordSource sourceOrBureau() {
        return source == null ? RecordSource.BUREAU : source;
    }
}
