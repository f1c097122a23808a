package cn.yixin.domain.evaluation;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.tenant.EvaluationCycle;
import cn.yixin.domain.tenant.ExclusionRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Nanchuan's three rules as its tenant file gives them (001 §23). */
    static final List<ExclusionRule> NANCHUAN = List.of(
            new ExclusionRule(Exclusion.AGREEMENT_ENDED_BY_SUBJECT, "001 §23(一)",
                    Set.of(SubjectKind.DESIGNATED_HOSPITAL, SubjectKind.DESIGNATED_PHARMACY)),
            new ExclusionRule(Exclusion.AGREEMENT_NOT_RENEWED, "001 §23(二)",
                    Set.of(SubjectKind.DESIGNATED_HOSPITAL, SubjectKind.DESIGNATED_PHARMACY)),
            new ExclusionRule(Exclusion.NO_FUND_EXPENDITURE, "001 §23(三)",
                    Set.of(SubjectKind.DESIGNATED_HOSPITAL, SubjectKind.DESIGNATED_PHARMACY)));

    private static Optional<Exclusion> check(List<ExclusionRule> rules, SubjectKind kind, CycleFacts facts) {
        return ExclusionRules.check(rules, kind, facts, Y2025).map(ExclusionRule::rule);
    }

    @Test
    @DisplayName("R-5.6 (001 §23) the three exclusions as configured, for the kinds the rules name only")
    void exclusions() {
        var h = SubjectKind.DESIGNATED_HOSPITAL;
        LocalDate june = LocalDate.of(2025, 6, 30);
        assertEquals(Optional.of(Exclusion.AGREEMENT_ENDED_BY_SUBJECT),
                check(NANCHUAN, h, new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, june, 100L)));
        assertEquals("001 §23(一)", ExclusionRules.check(NANCHUAN, h,
                new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, june, 100L), Y2025).orElseThrow().basis());
        assertEquals(Optional.of(Exclusion.AGREEMENT_NOT_RENEWED),
                check(NANCHUAN, SubjectKind.DESIGNATED_PHARMACY, new CycleFacts(AgreementStatus.ENDED_FAILED_RENEWAL, june, null)));
        assertEquals(Optional.of(Exclusion.NO_FUND_EXPENDITURE), check(NANCHUAN, h, new CycleFacts(null, null, 0L)));
        // Ended by the bureau for a violation: the year's conduct is still graded.
        assertEquals(Optional.empty(), check(NANCHUAN, h, new CycleFacts(AgreementStatus.ENDED_BY_BUREAU, june, 5L)));
        // Ended after the period: evaluated for this period.
        assertEquals(Optional.empty(), check(NANCHUAN, h,
                new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, LocalDate.of(2026, 2, 1), null)));
        // Not reported is not zero.
        assertEquals(Optional.empty(), check(NANCHUAN, h, CycleFacts.NONE));
        // Kinds the rules do not name are evaluated.
        assertEquals(Optional.empty(), check(NANCHUAN, SubjectKind.DOCTOR, new CycleFacts(null, null, 0L)));
        // Issue 12.3: a tenant without rules excludes nobody, whatever the facts.
        assertEquals(Optional.empty(), check(List.of(), h, new CycleFacts(AgreementStatus.ENDED_BY_SUBJECT, june, 0L)));
    }
}
