package cn.yixin.domain.evaluation;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.tenant.ExclusionRule;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.List;
import java.util.Optional;

/**
 * a subject is not evaluated in a cycle when one of its tenant's exclusion rules for its kind holds on the
 * recorded facts (issue 12.3: the rules and their basis are the tenant's, {@code evaluation.exclusions}). Nanchuan
 * (001 §23) sets three for its designated medical institutions: it ended its agreement itself, or its agreement was
 * ended because it failed the renewal conditions, or it had no fund expenditure in the year.
 *
 * <p>An agreement that ended before the period started also excludes the institution (it has no year to grade);
 * one that ends after the period ended does not. Unreported expenditure is not zero expenditure: the rule needs
 * the fact, so an institution without a report is evaluated.
 */
public final class ExclusionRules {

    private ExclusionRules() {
    }

    /** Whether the tenant has any exclusion rule for the kind (and so takes its facts). */
    public static boolean applies(TenantConfig config, SubjectKind kind) {
        return !config.evaluation().exclusionsFor(kind).isEmpty();
    }

    public static Optional<ExclusionRule> check(List<ExclusionRule> rules, SubjectKind kind, CycleFacts facts,
                                                CyclePeriod period) {
        if (facts == null) {
            return Optional.empty();
        }
        for (ExclusionRule rule : rules) {
            if (rule.concerns(kind) && holds(rule.rule(), facts, period)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    static boolean holds(Exclusion rule, CycleFacts facts, CyclePeriod period) {
        boolean endedByPeriodEnd = facts.agreementEndedOn() != null && !facts.agreementEndedOn().isAfter(period.end());
        return switch (rule) {
            case AGREEMENT_ENDED_BY_SUBJECT -> endedByPeriodEnd
                    && facts.agreementStatus() == AgreementStatus.ENDED_BY_SUBJECT;
            case AGREEMENT_NOT_RENEWED -> endedByPeriodEnd
                    && facts.agreementStatus() == AgreementStatus.ENDED_FAILED_RENEWAL;
            case NO_FUND_EXPENDITURE -> facts.fundExpenditureFen() != null && facts.fundExpenditureFen() == 0L;
        };
    }
}
