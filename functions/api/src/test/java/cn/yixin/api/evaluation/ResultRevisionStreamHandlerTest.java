package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TableStream;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.CreditArchiveRepository;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-5.7: a correction changes the subject's cycle result even when the request fails between its archive transaction
 * and the revision. The correction's archive entry reaches {@link ResultRevisionStreamHandler} through the table's
 * real stream (DynamoDB Local), which revises the result, once, however often the record is delivered.
 */
class ResultRevisionStreamHandlerTest {

    static final String NC = "500119";
    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        // Its own engine: the injected fault and the whole-stream reads must not meet other suites' traffic.
        api = ApiUnderTest.fresh(Map.of(), "test");
        api.onboardAll();
    }

    @AfterAll
    static void stop() {
        api.context().close();
    }

    @Test
    @DisplayName("R-5.7 a correction whose revision failed in the request is revised from the stream, once; other "
            + "archive entries revise nothing")
    void revisedFromTheStream() {
        String officer = TestIdentity.bureau(NC, "bureau_officer");
        String id = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "流式修订医院");
        String penalty = Fixtures.record(api, NC, id,
                Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 3, 1))).str("recordId");
        Response run = api.post("/cycles/2025/runs", officer, Map.of("kind", "DESIGNATED_HOSPITAL"));
        assertEquals(200, run.status(), run::toString);
        List<Map<String, Object>> before = versions(id);
        assertEquals(1, before.size(), before::toString);

        // The archive transaction commits; the result's revision (the put of version 2) fails as an outage would.
        api.faults().failOnce(r -> r instanceof TransactWriteItemsRequest t && t.transactItems().stream()
                .map(TransactWriteItem::put).anyMatch(p -> p != null
                        && p.item().get("sk").s().startsWith("E#2025#0002")));
        Response c = api.post("/subjects/" + id + "/records/" + penalty + "/corrections", officer,
                Map.of("reason", "处罚决定已被撤销", "withdraw", true));
        assertEquals(500, c.status(), c::toString);
        assertTrue(c.header("content-type").startsWith("application/problem+json"), c::toString);
        assertTrue(api.context().getBean(CreditArchiveRepository.class).entries(NC, id).stream()
                .anyMatch(e -> penalty.equals(e.record().supersedes())), () -> "the correction entry is in the archive: "
                        + api.context().getBean(CreditArchiveRepository.class).entries(NC, id));
        assertEquals(1, versions(id).size(), "the failed request left the result unrevised");
        assertEquals(0, changedNotices(id, officer));

        List<DynamodbEvent.DynamodbStreamRecord> stream = TableStream.partition(api, "T#" + NC + "#S#" + id);
        assertEquals(List.of(), TableStream.deliver("ReviseResults", new ResultRevisionStreamHandler(api.context()), stream).getBatchItemFailures());
        List<Map<String, Object>> after = versions(id);
        assertEquals(2, after.size(), after::toString);
        assertEquals("CORRECTION", after.get(1).get("cause"));
        assertTrue(after.get(1).get("basis").toString().contains(penalty), after::toString);
        assertEquals("PROPOSED", after.get(1).get("status"), "a proposed result's new version stays proposed");
        assertTrue(!after.get(0).get("grade").equals(after.get(1).get("grade")), "the withdrawal moved the grade");
        assertEquals(1, changedNotices(id, officer), "the subject is told, with the reason");

        // Lambda delivers at least once: the same records again (and the subject's later ones) change nothing.
        List<DynamodbEvent.DynamodbStreamRecord> again = TableStream.partition(api, "T#" + NC + "#S#" + id);
        assertEquals(List.of(), TableStream.deliver("ReviseResults", new ResultRevisionStreamHandler(api.context()), again).getBatchItemFailures());
        assertEquals(2, versions(id).size());
        assertEquals(1, changedNotices(id, officer));
    }

    @Test
    @DisplayName("R-5.7 new records and registrations in the stream revise nothing (only corrections and repairs do)")
    void otherEntriesIgnored() {
        String officer = TestIdentity.bureau(NC, "bureau_officer");
        String id = Fixtures.register(api, NC, "DESIGNATED_PHARMACY", "流式忽略药店");
        Fixtures.record(api, NC, id, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 3, 1)));
        assertEquals(200, api.post("/cycles/2025/runs", officer, Map.of("kind", "DESIGNATED_PHARMACY")).status());
        // A record written after the run would move a re-evaluation, but a new record is not a change of the result.
        Fixtures.record(api, NC, id, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 5, 1)));
        List<DynamodbEvent.DynamodbStreamRecord> stream = TableStream.partition(api, "T#" + NC + "#S#" + id);
        assertTrue(stream.size() >= 3, "registration, two entries, the result: " + stream.size());
        assertEquals(List.of(), TableStream.deliver("ReviseResults", new ResultRevisionStreamHandler(api.context()), stream)
                .getBatchItemFailures());
        assertEquals(1, versions(id).size());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions(String id) {
        Response r = api.get("/subjects/" + id + "/results", TestIdentity.bureau(NC, "bureau_officer"));
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) r.at("versions");
    }

    private static long changedNotices(String id, String officer) {
        Response r = api.get("/subjects/" + id + "/notices", officer);
        assertEquals(200, r.status(), r::toString);
        return r.list().stream().filter(n -> "RESULT_CHANGED".equals(((Map<?, ?>) n).get("kind"))).count();
    }
}
