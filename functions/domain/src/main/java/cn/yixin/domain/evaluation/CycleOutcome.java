package cn.yixin.domain.evaluation;

import cn.yixin.domain.scoring.Evaluation;

/**
 * One subject's outcome in one cycle: an evaluation, or "not evaluated" and why. Exactly one is non-null.
 */
public record CycleOutcome(Evaluation evaluation, Exclusion exclusion) {

    public CycleOutcome {
        if ((evaluation == null) == (exclusion == null)) {
            throw new IllegalArgumentException("an outcome is an evaluation or an exclusion");
        }
    }

    public boolean excluded() {
        return exclusion != null;
    }

    /** The grade as listed and counted: the scheme's grade, or {@link #NOT_EVALUATED}. */
    public String gradeKey() {
        return excluded() ? NOT_EVALUATED : evaluation.grade();
    }

    public static final String NOT_EVALUATED = "NOT_EVALUATED";
}
