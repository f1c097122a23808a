package cn.yixin.api.credit;

import cn.yixin.api.evaluation.MovableClock;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.SubjectRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-3.3, R-5.4: the daily sweep moves live grades when records take or lose effect by date alone, visiting only the
 * subjects whose records have a boundary in its window.
 */
class EffectiveDateRegradeTest {

    /**
     * Its own instance with a movable clock: the test writes today and sweeps ten days later, and a sweep only runs
     * for a day that has come (issue 12.4).
     */
    static final ApiUnderTest api = startWithMovableClock();
    static final MovableClock clock = api.context().getBean(MovableClock.class);

    private static ApiUnderTest startWithMovableClock() {
        ApiUnderTest a = ApiUnderTest.fresh(Map.of("yixin.test.movable-clock", true, "yixin.test.probe-sweep", false),
                "test");
        a.onboardAll();
        return a;
    }
    static final String T = "500119";

    @Test
    @DisplayName("R-3.3/R-5.4 effective-date re-grade: an ended record stops counting, a future one starts, "
            + "a subject with no boundary crossed is not rewritten; a second run of the day changes nothing")
    void gradesMoveWithEffectiveDates() {
        LocalDate today = Fixtures.today();
        LocalDate day = today.plusDays(10);
        SubjectRepository subjects = api.context().getBean(SubjectRepository.class);

        String ending = Fixtures.register(api, T, "DESIGNATED_HOSPITAL", "失效记录医院");
        Map<String, Object> ends = negative("ADMINISTRATIVE", "SERIOUS", today.minusDays(30));
        ends.put("effectiveTo", day.minusDays(1).toString());
        String endingRecord = Fixtures.record(api, T, ending, ends).str("recordId");
        Subject endingBefore = subjects.find(T, ending).orElseThrow();
        assertEquals(700, endingBefore.standing().score(), "850 - 150 while the penalty is in effect");

        String starting = Fixtures.register(api, T, "DESIGNATED_HOSPITAL", "待生效记录医院");
        String startingRecord = Fixtures.record(api, T, starting,
                negative("ADMINISTRATIVE", "SERIOUS", today.plusDays(5))).str("recordId");
        assertEquals(850, subjects.find(T, starting).orElseThrow().standing().score(), "not yet in effect");

        String steady = Fixtures.register(api, T, "DESIGNATED_HOSPITAL", "无变化医院");
        Fixtures.record(api, T, steady, negative("ADMINISTRATIVE", "SERIOUS", today.minusDays(30)));
        Subject steadyBefore = subjects.find(T, steady).orElseThrow();
        int steadyHistory = subjects.history(T, steady).size();
        // The job visits only subjects with a boundary in its window (the boundary rows of their archive writes):
        // reading the steady subject's archive would hit this fault. (Run alone: other sweep jobs still read it.)
        String steadyPk = "T#" + T + "#S#" + steady;
        CatalogEnforcingDynamoDbClient.Fault readSteady = api.faults().failOnce(r -> r instanceof QueryRequest q
                && q.expressionAttributeValues() != null && q.expressionAttributeValues().containsKey(":pk")
                && steadyPk.equals(q.expressionAttributeValues().get(":pk").s()));
        int moved = api.context().getBean(EffectiveDateRegrade.class)
                .run(api.context().getBean(TenantDirectory.class).current(T), day);
        assertFalse(readSteady.fired(), "a subject with nothing due is not read");
        api.faults().cancel(readSteady);
        assertTrue(moved >= 2, "at least the ending and the starting subject moved: " + moved);

        assertEquals("SWEEP_DAY_IN_FUTURE", api.request("POST", "/platform/sweeps?day=" + day)
                .token(TestIdentity.operator()).send().str("code"), "12.4: the day has not come yet");
        clock.advance(java.time.Duration.ofDays(10));
        sweep(day); // the whole daily sweep afterwards finds the day already done

        Subject endingAfter = subjects.find(T, ending).orElseThrow();
        assertEquals(850, endingAfter.standing().score(), "the penalty ended the day before the sweep");
        assertEquals(endingBefore.version() + 1, endingAfter.version());
        assertEquals(day, endingAfter.standing().asOf());
        GradeChange last = last(subjects.history(T, ending));
        assertEquals(EffectiveDateRegrade.CAUSE, last.cause());
        assertEquals(endingRecord, last.causeRecordId());
        assertEquals(850, last.score());
        Response profile = api.get("/subjects/" + ending, TestIdentity.bureau(T, "auditor"));
        assertEquals(850, ((Number) profile.at("subject.grade.score")).intValue());

        Subject startingAfter = subjects.find(T, starting).orElseThrow();
        assertEquals(700, startingAfter.standing().score(), "the penalty took effect five days before the sweep");
        GradeChange started = last(subjects.history(T, starting));
        assertEquals(EffectiveDateRegrade.CAUSE, started.cause());
        assertEquals(startingRecord, started.causeRecordId());

        Subject steadyAfter = subjects.find(T, steady).orElseThrow();
        assertEquals(steadyBefore.version(), steadyAfter.version(), "no boundary crossed: not rewritten");
        assertEquals(steadyHistory, subjects.history(T, steady).size());

        int endingHistory = subjects.history(T, ending).size();
        sweep(day);
        assertEquals(endingAfter.version(), subjects.find(T, ending).orElseThrow().version(), "idempotent");
        assertEquals(endingHistory, subjects.history(T, ending).size());
    }

    private static void sweep(LocalDate day) {
        Response r = api.request("POST", "/platform/sweeps?day=" + day).token(TestIdentity.operator()).send();
        assertEquals(200, r.status(), r::toString);
        for (Object o : (List<?>) r.at("lines")) {
            @SuppressWarnings("unchecked") Map<String, Object> line = (Map<String, Object>) o;
            if ("effective-date-regrade".equals(line.get("job"))) {
                assertNull(line.get("error"), line::toString);
            }
        }
    }

    private static GradeChange last(List<GradeChange> history) {
        return history.stream().max(java.util.Comparator.comparingLong(GradeChange::sequence)).orElseThrow();
    }
}
