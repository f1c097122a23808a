package cn.yixin.domain.evaluation;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.tenant.EvaluationCycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CycleRulesTest {

    static final CyclePeriod Y2025 = CyclePeriod.of(EvaluationCycle.CALENDAR_YEAR, 2025);

    @Test
    @DisplayName("R-5.4 a natural year, evaluated as of its last day, only once it has ended")
    void period() {
        assertEquals(LocalDate.of(2025, 1, 1), Y2025.start());
        assertEquals(LocalDate.of(2025, 12, 31), Y2025.asOf());
        DomainException e = assertThrows(DomainException.class, () -> Y2025.requireEnded(LocalDate.of(2025, 12, 31)));
        assertEquals("PERIOD_NOT_ENDED", e.code());
        Y2025.requireEnded(LocalDate.of(2026, 1, 1));
        assertEquals("INVALID_CYCLE_YEAR", assertThrows(DomainException.class,
                () -> CyclePeriod.of(EvaluationCycle.CALENDAR_YEAR, 1999)).code());
    }

    @Test
    @DisplayName("R-5.6 (001 §23) the three exclusions, for designated medical institutions only")
    void exclusions() {
        var h = SubjectKind.DESIGNATED_HOSPITAL;
        LocalDate june = LocalDate.of(2025, 6, 30);
        assertEquals(Optional.of(Exclusion.AGREEMENT_ENDED_BY_SUBJECT),
                ExclusionRules.check(h, new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, june, 100L), Y2025));
        assertEquals(Optional.of(Exclusion.AGREEMENT_NOT_RENEWED),
                ExclusionRules.check(SubjectKind.DESIGNATED_PHARMACY, new CycleFacts(AgreementStatus.ENDED_FAILED_RENEWAL, june, null), Y2025));
        assertEquals(Optional.of(Exclusion.NO_FUND_EXPENDITURE), ExclusionRules.check(h, new CycleFacts(null, null, 0L), Y2025));
        // Ended by the bureau for a violation: the year's conduct is still graded.
        assertEquals(Optional.empty(), ExclusionRules.check(h, new CycleFacts(AgreementStatus.ENDED_BY_BUREAU, june, 5L), Y2025));
        // Ended after the period: evaluated for this period.
        assertEquals(Optional.empty(), ExclusionRules.check(h,
                new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, LocalDate.of(2026, 2, 1), null), Y2025));
        // Not reported is not zero.
        assertEquals(Optional.empty(), ExclusionRules.check(h, CycleFacts.NONE, Y2025));
        // Other kinds have no agreement in the sense of §23.
        assertEquals(Optional.empty(), ExclusionRules.check(SubjectKind.DOCTOR, new CycleFacts(null, null, 0L), Y2025));
    }
}
