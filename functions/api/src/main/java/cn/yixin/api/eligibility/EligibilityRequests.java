package cn.yixin.api.eligibility;

import cn.yixin.api.input.PlausibleDate;
import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.eligibility.Responsibility;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the payment-eligibility operations. */
public final class EligibilityRequests {

    private EligibilityRequests() {
    }

    /** The basis document: kind, number, date and issuer, all required. */
    @Serdeable
    public record Basis(@Nullable BasisKind kind, @Nullable @Size(max = 100) String number,
                        @Nullable @PlausibleDate(notFuture = true) LocalDate date,
                        @Nullable @Size(max = 100) String issuer) {
    }

    /**
     * Points for one act of a person.
     *
     * @param identifier    the person's resident ID number (居民身份证号码): in the body only, never stored in clear
     * @param institutionId the designated institution (its subject id here) where the act took place, if registered
     */
    @Serdeable
    public record Points(@Nullable @Size(max = 32) String identifier, @NotNull @Size(max = 64) String itemCode,
                         @NotNull Responsibility responsibility, @NotNull Integer points,
                         @NotNull @PlausibleDate(notFuture = true) LocalDate actDate, @Nullable @Valid Basis basis,
                         @Nullable @Size(max = 64) String institutionId, @Nullable @Size(max = 500) String summary) {
    }

    /**
     * Withdraws an act's points: the objection upheld, or the basis corrected or revoked (R-6.x, R-11.1).
     *
     * @param reference the objection case or the correcting document that withdraws the act
     */
    @Serdeable
    public record Withdrawal(@Nullable @Size(max = 2000) String reasons, @Nullable @Size(max = 100) String reference) {
    }

    /** A settlement system's question: is this person's payment eligibility normal today? */
    @Serdeable
    public record StatusCheck(@Nullable @Size(max = 32) String identifier) {
    }

    static BasisDocument requireBasis(Basis b) {
        if (b == null || b.kind() == null || blank(b.number()) || b.date() == null || blank(b.issuer())) {
            throw ProblemCode.BASIS_REQUIRED.onField("basis", ProblemCode.Bilingual.of("记分", "Points"));
        }
        return new BasisDocument(b.kind(), b.number().trim(), b.date(), b.issuer().trim());
    }

    static String requireText(String field, String value, String zh, String en) {
        if (blank(value)) {
            throw DomainException.invalidField(field, field.toUpperCase() + "_REQUIRED", zh, en);
        }
        return value.trim();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
