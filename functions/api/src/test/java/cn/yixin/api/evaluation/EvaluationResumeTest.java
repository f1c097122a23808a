package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * a run is resumable and idempotent: killed midway (by an injected failure that behaves as a killed function:
 * no clean-up, the lease stays until it expires) and started again, every subject ends with exactly one proposed
 * result and one notice; two starts at once: one proceeds, the other gets 409.
 */
class EvaluationResumeTest {

    static final String NC = "500119";
    final ApiUnderTest api = EvaluationApi.get();

    @AfterEach
    void resetHook() {
        EvaluationApi.hook().reset();
    }

    @Test
    @DisplayName("R-5.4 killed after a commit and again before one, resumed after the lease expires: one result and one notice each")
    void killMidwayAndResume() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(Fixtures.register(api, NC, "DESIGNATED_PHARMACY", "南川测试药店" + i));
        }
        Fixtures.record(api, NC, ids.get(7), Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 5, 5)));
        ControllableCycleHook hook = EvaluationApi.hook();
        hook.kind = "DESIGNATED_PHARMACY";
        // 1. Killed right after the first page (25) committed, before any of its notices went out.
        hook.killAfterCommitAt = 25;
        killed(() -> EvaluationApi.run(NC, 2025, Map.of("kind", "DESIGNATED_PHARMACY")));
        Response progress = api.get("/cycles/2025/runs", EvaluationApi.officer(NC));
        assertEquals(25, ((Number) progress.at("runs.0.done")).intValue(), progress::toString);
        assertEquals(60, ((Number) progress.at("runs.0.total")).intValue());
        assertEquals(true, progress.at("runs.0.working"), "the dead call still holds the lease");
        assertEquals(0, ids.stream().mapToInt(s -> EvaluationApi.notices(NC, s, "PROPOSED_RESULT").size()).sum());

        // 2. While the lease is held, a new start is refused, and writes nothing.
        List<String> before = EvaluationApi.wholeTable();
        Response refused = EvaluationApi.run(NC, 2025, Map.of("kind", "DESIGNATED_PHARMACY"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("CYCLE_RUN_IN_PROGRESS", refused.str("code"));
        assertEquals(before, EvaluationApi.wholeTable());

        // 3. The lease expires; the resumed run sends the first page's notices, then is killed mid-page (results
        //    computed, not committed) at 50.
        EvaluationApi.clock().advance(Duration.ofSeconds(61));
        hook.killAfterCommitAt = -1;
        hook.killBeforeCommitAt = 50;
        killed(() -> EvaluationApi.run(NC, 2025, Map.of("kind", "DESIGNATED_PHARMACY")));
        assertEquals(50, ((Number) api.get("/cycles/2025/runs", EvaluationApi.officer(NC)).at("runs.0.done")).intValue());

        // 4. Resumed again after the lease expires: it completes.
        EvaluationApi.clock().advance(Duration.ofSeconds(61));
        hook.killBeforeCommitAt = -1;
        Response done = EvaluationApi.run(NC, 2025, Map.of("kind", "DESIGNATED_PHARMACY"));
        assertEquals(200, done.status(), done::toString);
        assertEquals(60, ((Number) done.at("runs.0.done")).intValue());
        assertEquals("COMPLETED", done.str("runs.0.status"));
        for (String s : ids) {
            assertEquals(1, EvaluationApi.versions(NC, s).size(), s);
            assertEquals(1, EvaluationApi.notices(NC, s, "PROPOSED_RESULT").size(), s);
        }
        assertEquals("B", EvaluationApi.versions(NC, ids.get(7)).get(0).get("grade"));
        assertEquals(800, ((Number) EvaluationApi.versions(NC, ids.get(7)).get(0).get("score")).intValue());
        Response stats = api.get("/cycles/2025/statistics", EvaluationApi.officer(NC));
        assertEquals(60, ((Number) stats.at("kinds.0.total")).intValue(), stats::toString);
    }

    /** The handler either lets the crash through or answers 500 for it; either way the call died mid-run. */
    private static void killed(java.util.function.Supplier<Response> call) {
        try {
            Response r = call.get();
            assertEquals(500, r.status(), r::toString);
        } catch (ControllableCycleHook.Killed expected) {
            // the crash propagated out of the handler
        }
    }

    @Test
    @DisplayName("R-5.4 two starts at once: one proceeds, the other gets 409 CYCLE_RUN_IN_PROGRESS")
    void concurrentStarts() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Fixtures.register(api, NC, "INSURED_EMPLOYER", "南川测试参保单位" + i));
        }
        ControllableCycleHook hook = EvaluationApi.hook();
        hook.kind = "INSURED_EMPLOYER";
        hook.reached = new CountDownLatch(1);
        hook.release = new CountDownLatch(1);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> EvaluationApi.run(NC, 2025, Map.of("kind", "INSURED_EMPLOYER")));
        assertTrue(hook.reached.await(30, TimeUnit.SECONDS), "the first run reached its first page");
        Response second = EvaluationApi.run(NC, 2025, Map.of("kind", "INSURED_EMPLOYER"));
        hook.release.countDown();
        assertEquals(409, second.status(), second::toString);
        assertEquals("CYCLE_RUN_IN_PROGRESS", second.str("code"));
        assertTrue(second.header("Content-Type").startsWith("application/problem+json"));
        Response r = first.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.status(), r::toString);
        for (String s : ids) {
            assertEquals(1, EvaluationApi.versions(NC, s).size());
            assertEquals(1, EvaluationApi.notices(NC, s, "PROPOSED_RESULT").size());
        }
    }
}
