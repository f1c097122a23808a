package cn.yixin.api.monitoring;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, R-8.1 + R-11.1: the warning rule {@code eligibilityPoints: { atLeast: 6 }} of Guangdong and Nanchuan,
 * raised by RecordPoints through the real handler on the registered doctor with the ledger's resident ID.
 */
class EligibilityPointsWarningTest {

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    private static Map<String, Object> points(String identifier, String item, int points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identifier", identifier);
        m.put("itemCode", item);
        m.put("responsibility", "GENERAL");
        m.put("points", points);
        m.put("actDate", Fixtures.today().minusDays(20).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "医保罚〔2026〕" + System.nanoTime() % 100000 + "号",
                "date", Fixtures.today().minusDays(2).toString(), "issuer", "医疗保障局"));
        return m;
    }

    private static Response record(String tenant, String key, Map<String, Object> body) {
        return api.request("POST", "/eligibility/points").token(officer(tenant))
                .header("Idempotency-Key", key).json(body).send();
    }

    private static String doctor(String tenant, String identifier) {
        Response r = api.post("/subjects", officer(tenant),
                Map.of("kind", "DOCTOR", "name", "记分预警医师", "identifier", identifier));
        assertEquals(201, r.status(), r::toString);
        return r.str("subjectId");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pointWarnings(String tenant, String subject) {
        Response r = api.get("/subjects/" + subject + "/warnings", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return ((List<Map<String, Object>>) (List<?>) r.list()).stream()
                .filter(w -> "ELIGIBILITY_POINTS".equals(w.get("ruleCode"))).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"440000", "500119"})
    @DisplayName("R-8.1/R-11.1: points below 6 raise nothing; the act that brings the year to 6 raises exactly one warning on the doctor; its retry and a further act raise none")
    void reachingThresholdRaisesOnce(String tenant) {
        String id = Identifiers.residentId();
        String doctor = doctor(tenant, id);
        Response four = record(tenant, "ep-" + System.nanoTime(), points(id, "FRAUD", 4));
        assertEquals(201, four.status(), four::toString);
        assertEquals(List.of(), pointWarnings(tenant, doctor), "4 points are below the rule's 6");

        String key = "ep-" + System.nanoTime();
        Map<String, Object> body = points(id, "FALSE_RECORDS", 2);
        Response six = record(tenant, key, body);
        assertEquals(201, six.status(), six::toString);
        assertEquals(6, ((Number) six.at("yearPoints")).intValue());
        List<Map<String, Object>> raised = pointWarnings(tenant, doctor);
        assertEquals(1, raised.size(), raised::toString);
        Map<String, Object> w = raised.get(0);
        assertEquals("OPEN", w.get("status"));
        assertEquals("DOCTOR", w.get("subjectKind"));
        assertEquals("二级", w.get("level"));
        assertTrue(String.valueOf(w.get("reason")).contains("6"), w::toString);
        assertFalse(w.toString().contains(id), "never the resident ID");

        Response retry = record(tenant, key, body);
        assertTrue(retry.status() < 300, retry::toString);
        Response more = record(tenant, "ep-" + System.nanoTime(), points(id, "FALSE_RECORDS", 1));
        assertEquals(201, more.status(), more::toString);
        assertEquals(7, ((Number) more.at("yearPoints")).intValue());
        assertEquals(List.of(w.get("warningId")), pointWarnings(tenant, doctor).stream().map(x -> x.get("warningId")).toList(),
                "once per ledger, rule and year");

        Response inbox = api.get("/warnings", TestIdentity.bureau(tenant, "bureau_reviewer"));
        assertEquals(200, inbox.status(), inbox::toString);
        assertTrue(inbox.body().contains((String) w.get("warningId")), "in the staff inbox");
    }

    @Test
    @DisplayName("R-8.1/R-11.1: two acts racing past 6 for the same doctor raise one warning (derived id, conditional put)")
    void racingActsRaiseOne() throws Exception {
        String tenant = "500119";
        String id = Identifiers.residentId();
        String doctor = doctor(tenant, id);
        assertEquals(201, record(tenant, "ep-" + System.nanoTime(), points(id, "FRAUD", 5)).status());
        Callable<Response> act = () -> record(tenant, "ep-" + System.nanoTime(), points(id, "FALSE_RECORDS", 1));
        List<Response> answers = StartingGate.copies(3, act);
        assertTrue(answers.stream().anyMatch(r -> r.status() == 201), answers::toString);
        assertEquals(1, pointWarnings(tenant, doctor).size());
    }

    @Test
    @DisplayName("R-8.1: a person with a ledger but no registered subject reaches 6 and the act still succeeds; no warning is raised anywhere for the ledger")
    void noSubjectNoWarning() {
        String tenant = "440000";
        Response before = api.get("/warnings", TestIdentity.bureau(tenant, "bureau_reviewer"));
        Response six = record(tenant, "ep-" + System.nanoTime(), points(Identifiers.residentId(), "FRAUD", 6));
        assertEquals(201, six.status(), six::toString);
        Response after = api.get("/warnings", TestIdentity.bureau(tenant, "bureau_reviewer"));
        assertFalse(after.body().contains(six.str("ledgerId")), after::toString);
        assertEquals(count(before), count(after), "no warning without a subject");
    }

    private static long count(Response inbox) {
        return inbox.body().split("\"ruleCode\":\"ELIGIBILITY_POINTS\"", -1).length - 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13"})
    @DisplayName("Issue 15: a points threshold outside 1-12 refuses the configuration whole, naming the field")
    void thresholdOutsideScaleRefused(String n) throws Exception {
        String yaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"))
                .replaceFirst("eligibilityPoints: \\{ atLeast: 6 }", "eligibilityPoints: { atLeast: " + n + " }");
        Response r = api.request("PUT", "/platform/tenants/500119/config")
                .token(TestIdentity.bureau("platform", "platform_operator"))
                .header("If-Match", "1").body("application/yaml", yaml).send();
        assertEquals(400, r.status(), r::toString);
        assertEquals("TENANT_CONFIG_INVALID", r.str("code"));
        assertTrue(r.body().contains("monitoring.rules[9].when.eligibilityPoints.atLeast"), r::toString);
    }
}
