package cn.yixin.domain.objection;

/** The grounds on which a subject may object (R-6.1, {@code 001 §24}); nothing outside this list is accepted. */
public enum ObjectionGround {
    INCONSISTENT_WITH_FACTS("信用信息与事实不符，存在错误或遗漏"),
    DISAGREES_WITH_RESULT("对信用评价结果有异议"),
    SECRET_OR_PRIVACY("信息涉及国家秘密、商业秘密、个人隐私，或依法不应采集"),
    NEGATIVE_INFO_PAST_PERIOD("失信信息超过期限仍在使用"),
    DISHONESTY_CORRECTED("失信行为已纠正，信息应予变更"),
    OTHER_STATUTORY("法律、法规规定的其他情形");

    private final String nameZh;

    ObjectionGround(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }

    /** A disagreement with the evaluation result is about a result, not about one record. */
    public boolean fits(DisputeTarget target) {
        return this != DISAGREES_WITH_RESULT || target == DisputeTarget.RESULT;
    }
}
