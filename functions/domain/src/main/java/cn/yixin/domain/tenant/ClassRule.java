package cn.yixin.domain.tenant;

/** One class of a severity-count scheme (R-5.2, 002); {@code when} is null for the final catch-all class. */
public record ClassRule(String grade, String name, ClassCondition when) {

    public boolean matches(boolean listed, int seriousActs, int generalActs) {
        return when == null || when.holds(listed, seriousActs, generalActs);
    }
}
