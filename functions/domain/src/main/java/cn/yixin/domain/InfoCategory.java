package cn.yixin.domain;

/** The 13 categories of credit information (R-3.1, Guangdong §8). */
public enum InfoCategory {
    REGISTRATION("登记注册基本信息"),
    JUDICIAL("司法裁判及执行信息"),
    ADMINISTRATIVE("行政管理信息"),
    QUALIFICATION("资质资格信息"),
    ABNORMAL_OPERATION("经营异常名录信息"),
    DISHONESTY_LIST("严重失信主体名单信息"),
    AGREEMENT_PERFORMANCE("协议履行及缴费信息"),
    COMMITMENT("信用承诺及履行信息"),
    EVALUATION_RESULT("信用评价结果信息"),
    LAW_ABIDING("遵纪守法信息"),
    HONOUR("表彰奖励信息"),
    OTHER_MISCONDUCT("其他失信信息"),
    OTHER_STATUTORY("法律法规规定的其他信息");

    private final String nameZh;

    InfoCategory(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }
}
