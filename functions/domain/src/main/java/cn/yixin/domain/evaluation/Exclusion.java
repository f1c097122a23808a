package cn.yixin.domain.evaluation;

/**
 * Why a subject is not evaluated in a cycle (R-5.6, 001 §23). The result says "not evaluated" and which of these
 * applies, in the words of the source.
 */
public enum Exclusion {
    AGREEMENT_ENDED_BY_SUBJECT("主动解除服务协议", "ended its service agreement itself", "001 §23(一)"),
    AGREEMENT_NOT_RENEWED("未达到续签服务协议条件被解除服务协议", "agreement ended for failing the renewal conditions", "001 §23(二)"),
    NO_FUND_EXPENDITURE("评价年度内无医疗保障基金支出", "no medical-insurance fund expenditure in the year", "001 §23(三)");

    private final String zh;
    private final String en;
    private final String basis;

    Exclusion(String zh, String en, String basis) {
        this.zh = zh;
        this.en = en;
        this.basis = basis;
    }

    public String zh() { return zh; }
    public String en() { return en; }
    /** The article of the source document that sets the rule. */
    public String basis() { return basis; }
}
