package cn.yixin.domain.objection;

/** What a decision or a review concluded. */
public enum Outcome {
    CORRECTED("予以更正"),
    MAINTAINED("维持原信息");

    private final String nameZh;

    Outcome(String nameZh) { this.nameZh = nameZh; }

    public String nameZh() { return nameZh; }
}
