package cn.yixin.api.evaluation;

/**
 * Points in a run where a test can stop it as a crash would (the failure-and-resume test) or hold it (the
 * concurrent-start test). Production has the no-op {@link NoCycleRunHook}.
 */
public interface CycleRunHook {

    /** The page's results are computed but not yet committed; {@code done} counts subjects before this page. */
    default void beforeCommit(String tenantId, int year, String kind, int done) {
    }

    /** The page is committed; its notices are not sent yet. {@code done} now includes the page. */
    default void afterCommit(String tenantId, int year, String kind, int done) {
    }
}
