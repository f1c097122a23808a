package cn.yixin.domain.tenant;

import cn.yixin.domain.SubjectKind;

import java.util.List;

/**
 * The {@code evaluation:} section of a tenant file, with the tenant's own "not evaluated" rules
 * (R-5.6; empty when its documents set none).
 */
public record EvaluationPolicy(EvaluationCycle cycle, RepairRegrade repairRegrade, List<ExclusionRule> exclusions) {

    public EvaluationPolicy {
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /** The rules that concern {@code kind}, in the order the file gives them. */
    public List<ExclusionRule> exclusionsFor(SubjectKind kind) {
        return exclusions.stream().filter(r -> r.concerns(kind)).toList();
    }
}
