package cn.yixin.domain.tenant;

/** The {@code evaluation:} section of a tenant file. */
public record EvaluationPolicy(EvaluationCycle cycle, RepairRegrade repairRegrade) {
}
