package cn.yixin.api.evaluation;

import cn.yixin.domain.evaluation.AgreementStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Facts that decide whether an institution is evaluated in a cycle: its service agreement, and/or its
 * medical-insurance fund expenditure of one year in yuan (two decimals at most).
 */
@Serdeable
public record FactsRequest(@Nullable @Valid Agreement agreement, @Nullable @Valid FundExpenditure fundExpenditure) {

    @Serdeable
    public record Agreement(AgreementStatus status, @Nullable LocalDate endedOn, @Nullable @Size(max = 500) String note) {
    }

    @Serdeable
    public record FundExpenditure(int year, BigDecimal amountYuan) {
    }
}
