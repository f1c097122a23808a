package cn.yixin.domain.evaluation;

/**
 * Where a cycle result stands: proposed and notified (拟确定, objection window open), under objection
 * (publication waits for the decision, R-6.4), or published (valid from publication until the next published
 * result, R-5.5).
 */
public enum ResultStatus {
    PROPOSED,
    UNDER_OBJECTION,
    PUBLISHED,
    /**
     * Never stored: how a reader sees a version that a later version of the same cycle replaced (issue 12.8), whatever
     * status it had when it was replaced (kept in the view as {@code statusWhenSuperseded}).
     */
    SUPERSEDED
}
