package cn.yixin.domain.eligibility;

/** The person's responsibility for an act (R-11.1: 一般 / 重要 / 主要), which with its severity sets the band. */
public enum Responsibility {
    GENERAL("一般责任"),
    IMPORTANT("重要责任"),
    PRINCIPAL("主要责任");

    private final String nameZh;

    Responsibility(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
