package cn.yixin.domain;

/** Where a record came from: the bureau, the handling agency, or an external platform. */
public enum RecordSource {
    BUREAU("医疗保障行政部门"),
    HANDLING_AGENCY("医保经办机构"),
    PUBLIC_CREDIT_PLATFORM("公共信用信息平台"),
    COURT("人民法院"),
    MARKET_REGULATION("市场监管部门"),
    HEALTH_COMMISSION("卫生健康部门"),
    SUBJECT_SELF_SERVICE("信用主体自助"),
    OTHER_EXTERNAL("其他外部来源");

    private final String nameZh;

    RecordSource(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }

    /** information from an external source is handled under that source's rules. */
    public boolean isExternal() {
        return this != BUREAU && this != HANDLING_AGENCY && this != SUBJECT_SELF_SERVICE;
    }
}
