package cn.yixin.domain.evaluation;

/**
 * Where a cycle result stands: proposed and notified (拟确定, objection window open), under objection
 * (publication waits for the decision, R-6.4), or published (valid from publication until the next published
 * result, R-5.5).
 */
public enum ResultStatus {
    PROPOSED,
    UNDER_OBJECTION,
    PUBLISHED
}
