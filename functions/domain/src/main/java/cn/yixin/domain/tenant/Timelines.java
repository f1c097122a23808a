package cn.yixin.domain.tenant;

/** Windows in working days: objection filing, decision, repair publicity, correction. */
public record Timelines(int objectionFilingDays, int objectionDecisionDays, int repairPublicityDays, int correctionDays) {
}
