package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** a run the API call could not finish is carried to the end by the scheduled function. */
class CycleContinuationTest {

    @Test
    @DisplayName("R-5.4: an unfinished run (the call's time ran out) is completed by the scheduled continuation")
    void scheduledContinuationFinishesARun() {
        // A budget of one page per call: the API call stops early, as a long run's calls do.
        ApiUnderTest api = ApiUnderTest.fresh(Map.of("yixin.evaluation.budget", "1ms"), "test");
        try {
            api.onboardAll();
            for (int i = 0; i < 30; i++) {
                Fixtures.register(api, "510000", "DESIGNATED_PHARMACY", "续跑药店" + i);
            }
            Response started = api.post("/cycles/2025/runs", TestIdentity.bureau("510000", "bureau_officer"),
                    Map.of("kind", "DESIGNATED_PHARMACY"));
            assertEquals(202, started.status(), started::toString);

            Map<String, Object> report = new EvaluationCycleHandler(api.context()).execute(Map.of());
            assertEquals("COMPLETED 30/30", report.get("510000/2025/DESIGNATED_PHARMACY"), report::toString);

            Response progress = api.get("/cycles/2025/runs", TestIdentity.bureau("510000", "auditor"));
            assertEquals(200, progress.status());
            assertTrue(progress.body().contains("COMPLETED"), progress::toString);
            // Nothing left: a second scheduled call touches no run.
            assertTrue(new EvaluationCycleHandler(api.context()).execute(Map.of()).isEmpty());
        } finally {
            api.context().close();
        }
    }
}
