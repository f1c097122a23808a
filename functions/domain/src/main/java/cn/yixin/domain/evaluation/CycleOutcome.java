package cn.yixin.domain.evaluation;

import cn.yixin.domain.scoring.Evaluation;

/**
 * One subject's outcome in one cycle: an evaluation, or "not evaluated", why, and the article of the tenant's source
 * that says so (R-5.6, issue 12.3). Exactly one of evaluation and exclusion is non-null.
 */
public record CycleOutcome(Evaluation evaluation, Exclusion exclusion, String exclusionBasis) {

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
