package cn.yixin.domain.disclosure;

/** What a consent lets its holder see (004 §21 实时授权查询), each part including the one before. */
public enum ConsentPart {
    GRADE("信用等级"), GRADE_AND_SCORE("信用等级和得分"), FULL_REPORT("完整信用报告");

    private final String nameZh;

    ConsentPart(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean includesScore() {
        return this != GRADE;
    }

    public boolean includesReport() {
        return this == FULL_REPORT;
    }
}
