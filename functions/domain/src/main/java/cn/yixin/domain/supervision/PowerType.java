package cn.yixin.domain.supervision;

/** The five statutory power types a supervision item belongs to (权力类型, 002 §2(二)). */
public enum PowerType {
    ADMINISTRATIVE_PENALTY("行政处罚"),
    ADMINISTRATIVE_COERCION("行政强制"),
    ADMINISTRATIVE_CONFIRMATION("行政确认"),
    ADMINISTRATIVE_PAYMENT("行政给付"),
    ADMINISTRATIVE_INSPECTION("行政检查");

    private final String nameZh;

    PowerType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
