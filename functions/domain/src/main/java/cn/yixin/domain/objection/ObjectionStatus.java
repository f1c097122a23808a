package cn.yixin.domain.objection;

/**
 * Where a case stands. FILED → ACCEPTED (or FORWARDED_TO_SOURCE for external information, R-6.5) → DECIDED →
 * REVIEW_REQUESTED → REVIEWED (R-6.6, final), or DECIDED → CLOSED when the review window passes unused.
 */
public enum ObjectionStatus {
    FILED("已提交"),
    ACCEPTED("已受理"),
    FORWARDED_TO_SOURCE("已转交信息来源单位"),
    DECIDED("已作出处理决定"),
    REVIEW_REQUESTED("已申请上级复核"),
    REVIEWED("上级复核已完成"),
    CLOSED("已办结");

    private final String nameZh;

    ObjectionStatus(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }

    /** The disputed information is under objection while the case waits for a decision or a review. */
    public boolean pending() {
        return this == FILED || this == ACCEPTED || this == FORWARDED_TO_SOURCE || this == REVIEW_REQUESTED;
    }

    /** No further step is possible. */
    public boolean terminal() {
        return this == REVIEWED || this == CLOSED;
    }
}
