package cn.yixin.domain.evaluation;

import cn.yixin.domain.SubjectKind;

import java.util.Optional;

/**
 * R-5.6 (001 §23): a designated medical institution (定点医药机构: hospitals and retail pharmacies) is not evaluated
 * in a cycle if, in that cycle, it ended its agreement itself, or its agreement was ended because it failed the
 * renewal conditions, or it had no fund expenditure in the year. Other kinds have no agreement or fund expenditure
 * in the sense of §23 and are always evaluated.
 *
 * <p>An agreement that ended before the period started also excludes the institution (it has no year to grade);
 * one that ends after the period ended does not. Unreported expenditure is not zero expenditure: the rule needs
 * the fact, so an institution without a report is evaluated.
 */
public final class ExclusionRules {

    private ExclusionRules() {
    }

    public static boolean applies(SubjectKind kind) {
        return kind == SubjectKind.DESIGNATED_HOSPITAL || kind == SubjectKind.DESIGNATED_PHARMACY;
    }

    public static Optional<Exclusion> check(SubjectKind kind, CycleFacts facts, CyclePeriod period) {
        if (!applies(kind) || facts == null) {
            return Optional.empty();
        }
        boolean endedByPeriodEnd = facts.agreementEndedOn() != null && !facts.agreementEndedOn().isAfter(period.end());
        if (endedByPeriodEnd && facts.agreementStatus() == AgreementStatus.ENDED_BY_SUBJECT) {
            return Optional.of(Exclusion.AGREEMENT_ENDED_BY_SUBJECT);
        }
        if (endedByPeriodEnd && facts.agreementStatus() == AgreementStatus.ENDED_FAILED_RENEWAL) {
            return Optional.of(Exclusion.AGREEMENT_NOT_RENEWED);
        }
        if (facts.fundExpenditureFen() != null && facts.fundExpenditureFen() == 0L) {
            return Optional.of(Exclusion.NO_FUND_EXPENDITURE);
        }
        return Optional.empty();
    }
}
