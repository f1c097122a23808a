package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.yixin.api.objection.ObjectionTestSupport.accept;
import static cn.yixin.api.objection.ObjectionTestSupport.fileOk;
import static cn.yixin.api.objection.ObjectionTestSupport.hospitalWithPenalty;
import static cn.yixin.api.objection.ObjectionTestSupport.maintain;
import static cn.yixin.api.objection.ObjectionTestSupport.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10.3 and 10.4: races on a decision and its archive correction (R-6.3, R-3.5), through the real handler with
 * real concurrency, and refused decisions that must write nothing.
 */
class DecisionRaceTest {

    static final ApiUnderTest api = ApiUnderTest.shared();
    static final int ROUNDS = 3;
    static final Set<String> LOSER_CODES = Set.of("OBJECTION_ALREADY_DECIDED", "OBJECTION_CHANGED_CONCURRENTLY",
            "CONCURRENT_UPDATE");

    /** An accepted case on a fresh hospital's serious penalty: {subjectId, recordId, caseId}. */
    static String[] acceptedCase(String tenant) {
        String[] sr = hospitalWithPenalty(api, tenant, null);
        String caseId = fileOk(api, tenant, sr[0], sr[1]);
        Response a = accept(api, tenant, sr[0], caseId);
        assertEquals(200, a.status(), a::toString);
        return new String[]{sr[0], sr[1], caseId};
    }

    static Response decide(String token, String subject, String caseId, String key, Map<String, Object> body) {
        var r = api.request("POST", "/subjects/" + subject + "/objections/" + caseId + "/decision").token(token);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.json(body).send();
    }

    /** Fires every call at once (a latch) on its own thread and returns the answers in order. */
    static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
        return cn.yixin.api.testing.StartingGate.all(calls);
    }

    static List<?> entries(String tenant, String subject) {
        return (List<?>) api.get("/subjects/" + subject + "/records", TestIdentity.subject(tenant, subject)).at("entries");
    }

    @SuppressWarnings("unchecked")
    static void assertLoser(Response r) {
        assertEquals(409, r.status(), r::toString);
        assertTrue(r.header("content-type").startsWith("application/problem+json"), r::toString);
        assertTrue(LOSER_CODES.contains(r.str("code")), r::toString);
        Map<String, Object> messages = (Map<String, Object>) r.at("messages");
        assertNotNull(messages.get("zh"));
        assertNotNull(messages.get("en"));
    }

    /** The archive, the case, the mark and the grade agree with the one decision that won. */
    static void assertAgree(String tenant, String[] scr, Response winner, int scoreBefore) {
        String s = scr[0];
        Response c = api.get("/subjects/" + s + "/objections/" + scr[2], TestIdentity.subject(tenant, s));
        assertEquals("DECIDED", c.str("status"));
        assertEquals(winner.str("outcome"), c.str("outcome"));
        assertEquals(winner.str("correctionRecordId"), c.str("correctionRecordId"));
        assertEquals(1, ((List<?>) c.at("history")).stream()
                .filter(h -> "DECIDED".equals(((Map<?, ?>) h).get("action"))).count(), "decided once");
        List<?> entries = entries(tenant, s);
        Response profile = api.get("/subjects/" + s, TestIdentity.subject(tenant, s));
        int score = ((Number) profile.at("subject.grade.score")).intValue();
        assertEquals(Map.of(), profile.at("underObjection"), "the mark went with the decision");
        if ("CORRECTED".equals(winner.str("outcome"))) {
            assertEquals(2, entries.size(), "one correction entry");
            assertEquals(winner.str("correctionRecordId"), ((Map<?, ?>) ((Map<?, ?>) entries.get(1)).get("record")).get("id"));
            assertTrue(score > scoreBefore, "the grade counts the withdrawal");
        } else {
            assertEquals(1, entries.size(), "a maintained case leaves the archive alone");
            assertEquals(scoreBefore, score, "and the grade");
        }
    }

    static int score(String tenant, String subject) {
        return ((Number) api.get("/subjects/" + subject, TestIdentity.subject(tenant, subject))
                .at("subject.grade.score")).intValue();
    }

    @Test
    @DisplayName("Issue 10.3 / R-6.3: the same reviewer's CORRECTED and MAINTAINED decisions fired together (24 at "
            + "once, 3 rounds): exactly one wins whole; every other is 409 with a code and wrote nothing; the case, "
            + "the archive, the mark and the grade agree")
    void sameReviewerTwoDecisions() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String[] scr = acceptedCase("500119");
            int before = score("500119", scr[0]);
            String reviewer = TestIdentity.bureau("500119", "bureau_reviewer");
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Map<String, Object> body = i % 2 == 0 ? withdraw("经核查，处罚决定已撤销") : maintain("经核查，处罚事实清楚");
                String key = i % 3 == 0 ? null : "race-" + scr[2] + "-" + i;
                calls.add(() -> decide(reviewer, scr[0], scr[2], key, body));
            }
            List<Response> answers = atOnce(calls);
            List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
            assertEquals(1, won.size(), () -> "exactly one winner: " + answers);
            answers.stream().filter(r -> r.status() != 200).forEach(DecisionRaceTest::assertLoser);
            assertAgree("500119", scr, won.get(0), before);
        }
    }

    @Test
    @DisplayName("Issue 10.3: twenty retries of one CORRECTED decision with the same Idempotency-Key, all in flight "
            + "together (3 rounds), all answer the first answer (same status and body, Idempotent-Replayed: true); "
            + "one correction is written; later retries too")
    void twentyRetriesOneKey() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String[] scr = acceptedCase("500119");
            int before = score("500119", scr[0]);
            String reviewer = TestIdentity.bureau("500119", "bureau_reviewer");
            String key = "retry-" + scr[2];
            Map<String, Object> body = withdraw("经核查，处罚决定已撤销");
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> decide(reviewer, scr[0], scr[2], key, body));
            }
            List<Response> answers = atOnce(calls);
            for (Response r : answers) {
                assertEquals(200, r.status(), () -> "every retry answers the first answer: " + answers);
            }
            List<Response> first = answers.stream().filter(r -> r.header("Idempotent-Replayed") == null).toList();
            assertEquals(1, first.size(), () -> "one first answer, the rest replayed: " + answers);
            for (Response r : answers) {
                assertEquals(first.get(0).body(), r.body(), "the same body");
            }
            Response later = decide(reviewer, scr[0], scr[2], key, body);
            assertEquals("true", later.header("Idempotent-Replayed"));
            assertEquals(first.get(0).body(), later.body());
            assertAgree("500119", scr, first.get(0), before);
        }
    }

    /** A Shenzhen case decided (maintained) and escalated to Guangdong: {subjectId, recordId, caseId}. */
    static String[] escalated() {
        String[] scr = acceptedCase("440300");
        Response d = decide(TestIdentity.bureau("440300", "bureau_reviewer"), scr[0], scr[2], null, maintain("属实"));
        assertEquals(200, d.status(), d::toString);
        Response r = api.post("/subjects/" + scr[0] + "/objections/" + scr[2] + "/review-requests",
                TestIdentity.subject("440300", scr[0]), Map.of("statement", "不服处理决定，请省局复核"));
        assertEquals(200, r.status(), r::toString);
        return scr;
    }

    static Response review(String token, String caseId, String key, Map<String, Object> body) {
        var r = api.request("POST", "/reviews/" + caseId + "/decision").token(token);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.json(body).send();
    }

    @Test
    @DisplayName("Issue 10.3 / R-6.6: the parent's review decision (DecideReview) under the same races: 20 retries of "
            + "one key all answer the first answer, then the same reviewer's CORRECTED and MAINTAINED reviews fired "
            + "together have one winner; the child's case, archive and grade agree")
    void parentReview() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String[] scr = escalated();
            String s = scr[0];
            int before = score("440300", s);
            String gd = TestIdentity.bureau("440000", "bureau_reviewer");
            List<Callable<Response>> calls = new ArrayList<>();
            boolean retries = round % 2 == 0;
            for (int i = 0; i < 20; i++) {
                Map<String, Object> body = retries || i % 2 == 0 ? withdraw("原处理决定认定事实有误") : maintain("维持原决定");
                String key = retries ? "review-retry-" + scr[2] : "review-race-" + scr[2] + "-" + i;
                calls.add(() -> review(gd, scr[2], key, body));
            }
            List<Response> answers = atOnce(calls);
            List<Response> won = answers.stream()
                    .filter(r -> r.status() == 200 && r.header("Idempotent-Replayed") == null).toList();
            assertEquals(1, won.size(), () -> "exactly one first answer: " + answers);
            for (Response r : answers) {
                if (retries) {
                    assertEquals(200, r.status(), () -> "every retry answers the first answer: " + answers);
                    assertEquals(won.get(0).body(), r.body());
                } else if (r != won.get(0)) {
                    assertLoser(r);
                }
            }
            Response c = api.get("/subjects/" + s + "/objections/" + scr[2], TestIdentity.subject("440300", s));
            assertEquals("REVIEWED", c.str("status"));
            assertEquals(won.get(0).str("review.outcome"), c.str("review.outcome"));
            boolean corrected = "CORRECTED".equals(c.str("review.outcome"));
            assertEquals(corrected ? 2 : 1, entries("440300", s).size(), "the archive agrees with the winner");
            assertEquals(corrected, score("440300", s) > before, "and the grade");
            if (retries) {
                Response later = review(gd, scr[2], "review-retry-" + scr[2], withdraw("原处理决定认定事实有误"));
                assertEquals("true", later.header("Idempotent-Replayed"));
                assertEquals(won.get(0).body(), later.body());
            }
        }
    }

    /** Every item of the subject's partition and the case's open row, as stored. */
    static List<Map<String, AttributeValue>> state(String tenant, String subject, String caseId) {
        List<Map<String, AttributeValue>> out = new ArrayList<>(api.dynamo().query(QueryRequest.builder()
                .tableName("yixin").keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("T#" + tenant + "#S#" + subject)))
                .consistentRead(true).build()).items());
        out.addAll(api.dynamo().query(QueryRequest.builder()
                .tableName("yixin").keyConditionExpression("pk = :pk AND sk = :sk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("T#" + tenant + "#OBJ#OPEN"),
                        ":sk", AttributeValue.fromS(caseId)))
                .consistentRead(true).build()).items());
        return out;
    }

    @Test
    @DisplayName("Issue 10.4 / R-6.3: a decision refused for bad input (a replacement without severity, no "
            + "correction, both actions, a correction on MAINTAINED, no reasons, a bad replacement date) is a 4xx "
            + "problem and makes no write call at all; the stored items are unchanged")
    void refusedWritesNothing() {
        String[] scr = acceptedCase("500119");
        String reviewer = TestIdentity.bureau("500119", "bureau_reviewer");
        Map<String, Object> noSeverity = new LinkedHashMap<>(cn.yixin.api.testing.Fixtures.negative("ADMINISTRATIVE",
                "GENERAL", cn.yixin.api.testing.Fixtures.today()));
        noSeverity.remove("severity");
        Map<String, Object> badDate = new LinkedHashMap<>(cn.yixin.api.testing.Fixtures.negative("ADMINISTRATIVE",
                "GENERAL", cn.yixin.api.testing.Fixtures.today()));
        badDate.put("effectiveTo", "2020-01-01");
        List<Map<String, Object>> refused = List.of(
                Map.of("outcome", "CORRECTED", "reasons", "有误", "correction", Map.of("replacement", noSeverity)),
                Map.of("outcome", "CORRECTED", "reasons", "有误"),
                Map.of("outcome", "CORRECTED", "reasons", "有误", "correction",
                        Map.of("withdraw", true, "replacement", noSeverity)),
                Map.of("outcome", "MAINTAINED", "reasons", "属实", "correction", Map.of("withdraw", true)),
                Map.of("outcome", "CORRECTED", "correction", Map.of("withdraw", true)),
                Map.of("outcome", "CORRECTED", "reasons", "有误", "correction", Map.of("replacement", badDate)));
        for (Map<String, Object> body : refused) {
            List<Map<String, AttributeValue>> before = state("500119", scr[0], scr[2]);
            Response r;
            try (CatalogEnforcingDynamoDbClient.Writes writes = api.faults().watchWrites()) {
                r = decide(reviewer, scr[0], scr[2], "refused-" + System.nanoTime(), body);
                assertEquals(List.of(), writes.calls(), () -> "no write call for " + body);
            }
            assertTrue(r.status() >= 400 && r.status() < 500, r::toString);
            assertTrue(r.header("content-type").startsWith("application/problem+json"), r::toString);
            assertNotNull(r.str("code"), r::toString);
            assertNotNull(r.str("messages.zh"), r::toString);
            assertNotNull(r.str("messages.en"), r::toString);
            assertEquals(before, state("500119", scr[0], scr[2]), () -> "nothing written for " + body);
        }
        // And the case is still decidable, once.
        Response ok = decide(reviewer, scr[0], scr[2], null, withdraw("经核查，处罚决定已撤销"));
        assertEquals(200, ok.status(), ok::toString);
        assertNull(api.get("/subjects/" + scr[0] + "/records", reviewer).at("entries.0.underObjection"));
    }
}
