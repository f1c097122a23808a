package cn.yixin.domain.measure;

/** What a measure is to the subject (R-7.2 incentives, R-7.3 punishments). */
public enum MeasureType {
    INCENTIVE("激励措施"), PUNISHMENT("惩戒措施");

    private final String nameZh;

    MeasureType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
