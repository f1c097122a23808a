package cn.yixin.domain.objection;

/** How the objection came in (R-6.1, {@code 004 §32}): online by the subject, or on paper at the bureau. */
public enum Channel {
    ONLINE("线上提交"),
    OFFLINE("线下受理");

    private final String nameZh;

    Channel(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }
}
