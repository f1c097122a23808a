package cn.yixin.api.evaluation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a run the way a crash would (an Error, so the runner's clean-up does not run and the lease stays held, as
 * when Lambda kills a function) or holds it at a point until released.
 */
@Singleton
@Requires(property = "yixin.test.cycle-hook", value = "true")
public class ControllableCycleHook implements CycleRunHook {

    /** Thrown to simulate the function being killed. */
    public static final class Killed extends Error {
        Killed(String where) {
            super("simulated kill " + where);
        }
    }

    public volatile String kind;
    public volatile int killAfterCommitAt = -1;
    public volatile int killBeforeCommitAt = -1;
    public volatile CountDownLatch reached;
    public volatile CountDownLatch release;

    public void reset() {
        kind = null;
        killAfterCommitAt = -1;
        killBeforeCommitAt = -1;
        reached = null;
        release = null;
    }

    @Override
    public void beforeCommit(String tenantId, int year, String kind, int done) {
        if (!kind.equals(this.kind)) {
            return;
        }
        if (killBeforeCommitAt >= 0 && done >= killBeforeCommitAt) {
            throw new Killed("before commit at " + done);
        }
        CountDownLatch r = reached;
        CountDownLatch hold = release;
        if (r != null && hold != null) {
            r.countDown();
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void afterCommit(String tenantId, int year, String kind, int done) {
        if (kind.equals(this.kind) && killAfterCommitAt >= 0 && done >= killAfterCommitAt) {
            throw new Killed("after commit at " + done);
        }
    }
}
