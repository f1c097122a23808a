package cn.yixin.domain.objection;

/** What an objection disputes: one record of the archive, or an evaluation result (proposed or published). */
public enum DisputeTarget {
    RECORD("信用信息"),
    RESULT("信用评价结果");

    private final String nameZh;

    DisputeTarget(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }
}
