package cn.yixin.domain.evaluation;

/**
 * The cases in which a subject may be "not evaluated" in a cycle. Which of them a tenant applies, to which
 * kinds, and on what basis is tenant configuration ({@code evaluation.exclusions}, see
 * {@link cn.yixin.domain.tenant.ExclusionRule}): Nanchuan's 001 §23 sets all three, other sources none.
 */
public enum Exclusion {
    AGREEMENT_ENDED_BY_SUBJECT("主动解除服务协议", "ended its service agreement itself"),
    AGREEMENT_NOT_RENEWED("未达到续签服务协议条件被解除服务协议", "agreement ended for failing the renewal conditions"),
    NO_FUND_EXPENDITURE("评价年度内无医疗保障基金支出", "no medical-insurance fund expenditure in the year");

    private final String zh;
    private final String en;

    Exclusion(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }
    public String en() { return en; }
}
