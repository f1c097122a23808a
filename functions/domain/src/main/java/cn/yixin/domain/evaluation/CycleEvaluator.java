package cn.yixin.domain.evaluation;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.scoring.CreditEvaluator;
import cn.yixin.domain.tenant.ExclusionRule;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.List;
import java.util.Optional;

/**
 * A subject's outcome in a cycle: first the tenant's exclusion rules on the recorded facts, then the scoring
 * engine on the archive as it stood on the period's last day, under the one configuration version the cycle uses
 * (with executed repairs applied as the tenant's repair policy says, see {@link RepairEffect#asCycleSees}). Pure, so a result can be recomputed when it is objected to or revised.
 */
public final class CycleEvaluator {

    private final CreditEvaluator engine;

    public CycleEvaluator() {
        this(new CreditEvaluator());
    }

    public CycleEvaluator(CreditEvaluator engine) {
        this.engine = engine;
    }

    public CycleOutcome evaluate(TenantConfig config, int configVersion, SubjectKind kind, List<CreditRecord> records,
                                 CycleFacts facts, CyclePeriod period) {
        Optional<ExclusionRule> excluded = ExclusionRules.check(config.evaluation().exclusions(), kind, facts, period);
        if (excluded.isPresent()) {
            return new CycleOutcome(null, excluded.get().rule(), excluded.get().basis());
        }
        List<CreditRecord> seen = RepairEffect.asCycleSees(records, config.evaluation().repairRegrade());
        return new CycleOutcome(engine.evaluate(config, configVersion, kind, seen, period.asOf()), null, null);
    }
}
