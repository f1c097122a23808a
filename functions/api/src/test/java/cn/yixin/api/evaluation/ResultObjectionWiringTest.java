package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TableStream;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-6.4 through the objection operations (issue 4) into the results side: an objection to a proposed result marks it
 * with the case and holds its publication; a decision to correct makes a new version from the corrected archive.
 */
class ResultObjectionWiringTest {

    static final String CQ = "500000";
    final ApiUnderTest api = EvaluationApi.get();

    @Test
    @DisplayName("R-6.4/R-5.7 objection to a proposed result: marked, held, corrected into version 2")
    void objectionToAResult() {
        String p = Fixtures.register(api, CQ, "DESIGNATED_PHARMACY", "重庆测试药店");
        String rec = Fixtures.record(api, CQ, p, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 4, 1)))
                .str("recordId");
        assertEquals(200, EvaluationApi.run(CQ, 2025, Map.of("kind", "DESIGNATED_PHARMACY")).status());
        String resultId = EvaluationApi.versions(CQ, p).get(0).get("resultId").toString();
        assertEquals("E2025-" + p, resultId);

        Response filed = api.post("/subjects/" + p + "/objections", TestIdentity.subject(CQ, p),
                Map.of("target", "RESULT", "targetId", resultId, "ground", "DISAGREES_WITH_RESULT",
                        "statement", "处罚已撤销，评价结果应予更正"));
        assertEquals(201, filed.status(), filed::toString);
        String caseId = filed.str("caseId");
        Map<String, Object> v1 = EvaluationApi.versions(CQ, p).get(0);
        assertEquals("UNDER_OBJECTION", v1.get("status"));
        assertEquals(caseId, v1.get("objectionCase"));

        String reviewer = TestIdentity.bureau(CQ, "bureau_reviewer");
        Response accepted = api.post("/subjects/" + p + "/objections/" + caseId + "/acceptance", reviewer, Map.of());
        assertEquals(true, accepted.status() < 300, accepted::toString);
        Response decided = api.post("/subjects/" + p + "/objections/" + caseId + "/decision", reviewer,
                Map.of("outcome", "CORRECTED", "reasons", "处罚决定已撤销",
                        "correction", Map.of("withdraw", true, "recordId", rec)));
        assertEquals(true, decided.status() < 300, decided::toString);

        List<Map<String, Object>> v = EvaluationApi.versions(CQ, p);
        assertEquals(2, v.size(), v::toString);
        assertEquals("C", v.get(0).get("grade"));
        assertEquals("B", v.get(1).get("grade"));
        assertEquals("OBJECTION", v.get(1).get("cause"));
        assertEquals("PROPOSED", v.get(1).get("status"), "released: it publishes when due");
        assertNull(v.get(1).get("objectionCase"));
        assertEquals(1, EvaluationApi.notices(CQ, p, "RESULT_CHANGED").size());
        // Issue 12.8: the replaced version reads as replaced, not as still under objection; its case is history.
        assertEquals("SUPERSEDED", v.get(0).get("status"), v::toString);
        assertEquals(2, ((Number) v.get(0).get("supersededBy")).intValue());
        assertEquals("UNDER_OBJECTION", v.get(0).get("statusWhenSuperseded"));
        assertNull(v.get(0).get("objectionCase"));
        assertEquals(caseId, v.get(0).get("disputedBy"));
        assertNull(v.get(1).get("supersededBy"));
    }

    /** Employers of Chongqing with a proposed 2025 result, made once (a run takes every subject of its kind). */
    static List<String> employers;

    @BeforeAll
    static void employers() {
        ApiUnderTest api = EvaluationApi.get();
        employers = List.of(Fixtures.register(api, CQ, "INSURED_EMPLOYER", "重庆异议原子性单位"),
                Fixtures.register(api, CQ, "INSURED_EMPLOYER", "重庆异议释放单位"));
        assertEquals(200, EvaluationApi.run(CQ, 2025, Map.of("kind", "INSURED_EMPLOYER")).status());
    }

    static Map<String, Object> objectionTo(String subject) {
        return Map.of("target", "RESULT", "targetId", "E2025-" + subject, "ground", "DISAGREES_WITH_RESULT",
                "statement", "评价结果与事实不符，请予核实");
    }

    /** Fails the next write of the subject's 2025 result that {@code when} matches, as its own call or in a transaction. */
    void failResultWrite(String subject, java.util.function.Predicate<String> expression) {
        String pk = "T#" + CQ + "#S#" + subject;
        api.faults().failOnce(r -> r instanceof UpdateItemRequest u && pk.equals(u.key().get("pk").s())
                && u.key().get("sk").s().startsWith("E#2025#") && expression.test(u.updateExpression())
                || r instanceof TransactWriteItemsRequest t && t.transactItems().stream().anyMatch(i -> i.update() != null
                && pk.equals(i.update().key().get("pk").s()) && i.update().key().get("sk").s().startsWith("E#2025#")
                && expression.test(i.update().updateExpression())));
    }

    @Test
    @DisplayName("R-6.4 the case and the result's mark are one write: when the mark cannot be written no case is filed, "
            + "and filing again marks the result")
    void caseAndMarkTogether() {
        String e = employers.get(0);
        // Whatever form the mark's write takes (its own UpdateItem, or an item of the case's transaction), it fails.
        failResultWrite(e, x -> x.contains("objectionCase = :case"));
        Response failed = api.post("/subjects/" + e + "/objections", TestIdentity.subject(CQ, e), objectionTo(e));
        assertEquals(500, failed.status(), failed::toString);
        assertEquals(List.of(), api.get("/subjects/" + e + "/objections", TestIdentity.subject(CQ, e)).list(),
                "no case without its mark");
        Map<String, Object> unmarked = EvaluationApi.versions(CQ, e).get(0);
        assertEquals("PROPOSED", unmarked.get("status"));
        assertNull(unmarked.get("objectionCase"));

        Response filed = api.post("/subjects/" + e + "/objections", TestIdentity.subject(CQ, e), objectionTo(e));
        assertEquals(201, filed.status(), filed::toString);
        Map<String, Object> marked = EvaluationApi.versions(CQ, e).get(0);
        assertEquals("UNDER_OBJECTION", marked.get("status"));
        assertEquals(filed.str("caseId"), marked.get("objectionCase"));
    }

    @Test
    @DisplayName("R-6.4/R-5.7 a decision whose release of the result failed in the request is released from the "
            + "table stream: the result publishes when due instead of staying held; delivered twice, still once")
    void decisionReleasedFromTheStream() {
        String e = employers.get(1);
        Response filed = api.post("/subjects/" + e + "/objections", TestIdentity.subject(CQ, e), objectionTo(e));
        assertEquals(201, filed.status(), filed::toString);
        String caseId = filed.str("caseId");
        String reviewer = TestIdentity.bureau(CQ, "bureau_reviewer");
        assertTrue(api.post("/subjects/" + e + "/objections/" + caseId + "/acceptance", reviewer, Map.of()).status() < 300);

        failResultWrite(e, x -> x.contains("REMOVE objectionCase"));
        Response decided = api.post("/subjects/" + e + "/objections/" + caseId + "/decision", reviewer,
                Map.of("outcome", "MAINTAINED", "reasons", "经核实，评价结果无误"));
        assertEquals(500, decided.status(), decided::toString);
        assertEquals("DECIDED", api.get("/subjects/" + e + "/objections/" + caseId, reviewer).str("status"));
        assertEquals("UNDER_OBJECTION", EvaluationApi.versions(CQ, e).get(0).get("status"), "held by the failure");

        for (int delivery = 1; delivery <= 2; delivery++) {
            var stream = TableStream.partition(api, "T#" + CQ + "#S#" + e);
            assertEquals(List.of(), TableStream.deliver("ReviseResults", new ResultRevisionStreamHandler(api.context()), stream).getBatchItemFailures());
            List<Map<String, Object>> v = EvaluationApi.versions(CQ, e);
            assertEquals(1, v.size(), v::toString);
            assertEquals("PROPOSED", v.get(0).get("status"), "released: it publishes when due");
            assertNull(v.get(0).get("objectionCase"));
        }
    }
}
