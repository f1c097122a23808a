package cn.yixin.domain;

/** The legally effective document a dishonesty record rests on. */
public enum BasisKind {
    COURT_JUDGMENT("法院判决"),
    ENFORCEMENT_RULING("执行裁定"),
    ADMINISTRATIVE_PENALTY("行政处罚决定书"),
    AGREEMENT_HANDLING("协议处理决定"),
    COMMITMENT_BREACH("信用承诺履约记录"),
    OTHER_STATUTORY("其他法定文书");

    private final String nameZh;

    BasisKind(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }
}
