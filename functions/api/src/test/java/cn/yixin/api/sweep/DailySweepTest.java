package cn.yixin.api.sweep;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily sweep runs every job for every tenant; one tenant's failure is reported and does not stop the others. */
class DailySweepTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    @Test
    @DisplayName("R-10.1 daily sweep: every tenant, every job, for the day asked; failures isolated and reported")
    void sweepRunsEverywhere() {
        ProbeSweepJob probe = api.context().getBean(ProbeSweepJob.class);
        probe.calls.clear();
        Response r = api.request("POST", "/platform/sweeps?day=2026-10-09").token(TestIdentity.operator()).send();
        assertEquals(200, r.status(), r::toString);
        List<?> lines = (List<?>) r.at("lines");
        assertTrue(lines.size() >= 7, "one line per tenant and job");
        assertTrue(probe.calls.contains("440300@2026-10-09"));
        assertTrue(probe.calls.contains("500119@2026-10-09"));
        for (Object o : lines) {
            @SuppressWarnings("unchecked") Map<String, Object> line = (Map<String, Object>) o;
            if (!"probe".equals(line.get("job"))) {
                continue;
            }
            if (ProbeSweepJob.FAILING_TENANT.equals(line.get("tenantId"))) {
                assertEquals("IllegalStateException", line.get("error"));
            } else {
                assertNull(line.get("error"), line::toString);
            }
        }
        assertEquals(403, api.request("POST", "/platform/sweeps").token(TestIdentity.bureau("440000", "bureau_admin")).send().status());
    }

    @Test
    @DisplayName("12.4 a day that has not come yet (Beijing time) is refused before any job runs; today is swept")
    void futureDayRefused() {
        ProbeSweepJob probe = api.context().getBean(ProbeSweepJob.class);
        probe.calls.clear();
        java.time.LocalDate tomorrow = cn.yixin.api.testing.Fixtures.today().plusDays(1);
        Response r = api.request("POST", "/platform/sweeps?day=" + tomorrow).token(TestIdentity.operator()).send();
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("SWEEP_DAY_IN_FUTURE", r.str("code"));
        assertEquals("day", r.str("field"));
        assertTrue(r.str("messages.zh").contains("北京时间") && r.str("messages.en").contains("Beijing time"), r::toString);
        assertFalse(r.body().contains(tomorrow.toString()), "the day sent is not echoed");
        assertTrue(probe.calls.isEmpty(), "no job ran: " + probe.calls);
        Response today = api.request("POST", "/platform/sweeps?day=" + cn.yixin.api.testing.Fixtures.today())
                .token(TestIdentity.operator()).send();
        assertEquals(200, today.status(), today::toString);
    }

    @Test
    @DisplayName("The scheduled handler fails the invocation when a job failed, so the schedule retries and alarms")
    void scheduledHandlerFailsLoudly() {
        DailySweepHandler handler = new DailySweepHandler(api.context());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> handler.execute(Map.of()));
        assertTrue(e.getMessage().contains(ProbeSweepJob.FAILING_TENANT + "/probe"));
    }
}
