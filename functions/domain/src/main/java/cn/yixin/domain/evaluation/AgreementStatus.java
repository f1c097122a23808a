package cn.yixin.domain.evaluation;

/**
 * State of a designated institution's medical-insurance service agreement (服务协议), as the bureau records it. Two of
 * the ways an agreement ends take the institution out of the year's evaluation (R-5.6, 001 §23(一)(二)); the others
 * do not: an agreement the bureau ended for a violation still leaves a year of conduct to grade.
 */
public enum AgreementStatus {
    ACTIVE("协议履行中"),
    SUSPENDED("协议中止"),
    /** 001 §23(一): 主动解除服务协议. */
    ENDED_BY_SUBJECT("主动解除服务协议"),
    /** 001 §23(二): 未达到续签服务协议条件被解除服务协议. */
    ENDED_FAILED_RENEWAL("未达续签条件被解除服务协议"),
    ENDED_BY_BUREAU("医保部门解除服务协议");

    private final String nameZh;

    AgreementStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean ended() {
        return this == ENDED_BY_SUBJECT || this == ENDED_FAILED_RENEWAL || this == ENDED_BY_BUREAU;
    }
}
