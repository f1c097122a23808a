package cn.yixin.domain.monitoring;

/**
 * What a warning rule watches (R-8.1, issue 15): each is a condition over what the archive (or the subject's facts)
 * already holds. The tenant file names one per rule under {@code when:}.
 */
public enum ConditionKind {
    /** {@code negativeRecords}: at least N negative records of given categories/severities within a rolling window. */
    NEGATIVE_RECORDS("negativeRecords"),
    /** {@code gradeDrop}: the live grade falls by at least K steps of the scheme's scale in one write. */
    GRADE_DROP("gradeDrop"),
    /** {@code scoreBelow}: the live score falls under a threshold of the scheme's scale. */
    SCORE_BELOW("scoreBelow"),
    /** {@code commitmentBroken}: a breach of a signed credit commitment is recorded. */
    COMMITMENT_BROKEN("commitmentBroken"),
    /** {@code falseRepairMaterials}: false materials in a repair application are recorded. */
    FALSE_REPAIR_MATERIALS("falseRepairMaterials"),
    /** {@code fundExpenditureJump}: a year's fund expenditure exceeds the year before by more than X %. */
    FUND_EXPENDITURE_JUMP("fundExpenditureJump"),
    /**
     * {@code repeatAfterRepair}: a new negative record of the same indicator (or, without indicators, the same
     * category) as a record the subject had repaired, dated within D days after the repair.
     */
    REPEAT_AFTER_REPAIR("repeatAfterRepair"),
    /**
     * {@code eligibilityPoints: { atLeast: N }}: a payment-eligibility points act brings the person's points
     * of the calendar year to N or more; raised on the registered individual subject with the person's resident ID.
     */
    ELIGIBILITY_POINTS("eligibilityPoints");

    private final String key;

    ConditionKind(String key) {
        this.key = key;
    }

    /** Its key under {@code when:} in the tenant file. */
    public String key() {
        return key;
    }
}
