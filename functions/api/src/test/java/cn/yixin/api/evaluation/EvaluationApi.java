package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The API for the evaluation suites: the real proxy handler over its own DynamoDB Local, every tenant onboarded,
 * with a movable clock and a run hook that can kill or hold a run. Its own database, so a whole-table comparison
 * ("nothing written") sees only these suites. Suites keep out of each other's way by tenant and subject kind, since
 * a run takes every subject of its kind.
 */
final class EvaluationApi {

    private static ApiUnderTest api;

    private EvaluationApi() {
    }

    static synchronized ApiUnderTest get() {
        if (api == null) {
            api = ApiUnderTest.fresh(Map.of("yixin.test.movable-clock", true, "yixin.test.cycle-hook", true,
                    "yixin.test.probe-sweep", false), "test");
            api.onboardAll();
        }
        return api;
    }

    static MovableClock clock() {
        return get().context().getBean(MovableClock.class);
    }

    static ControllableCycleHook hook() {
        return get().context().getBean(ControllableCycleHook.class);
    }

    /** Every item of the table, as text, sorted: for "this wrote nothing" assertions. */
    static List<String> wholeTable() {
        List<String> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse res = get().dynamo().scan(ScanRequest.builder().tableName("yixin").exclusiveStartKey(start).build());
            res.items().forEach(i -> out.add(i.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","))));
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        out.sort(null);
        return out;
    }

    static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    static Response run(String tenant, int year, Object body) {
        return get().post("/cycles/" + year + "/runs", officer(tenant), body);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> versions(String tenant, String subjectId) {
        Response r = get().get("/subjects/" + subjectId + "/results", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) r.at("versions");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notices(String tenant, String subjectId, String kind) {
        Response r = get().get("/subjects/" + subjectId + "/notices", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return ((List<Map<String, Object>>) (List<?>) r.list()).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    static void facts(String tenant, String subjectId, Map<String, Object> body) {
        Response r = get().post("/subjects/" + subjectId + "/facts", officer(tenant), body);
        assertEquals(200, r.status(), r::toString);
    }
}
