package cn.yixin.api.monitoring;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Monitoring and early warning through the real handler (issue 15, R-8.1, R-1.2; Nanchuan 001 §32, Sichuan 003 ch. 6). */
class MonitoringTest {

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    private static String reviewer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_reviewer");
    }

    private static final Map<String, Map<String, Object>> SENT = new java.util.concurrent.ConcurrentHashMap<>();

    /** A general administrative penalty; the same key sends the same body again (a retry). */
    private static Response penalty(String tenant, String subject, LocalDate on, String key) {
        Map<String, Object> body = SENT.computeIfAbsent(key, k -> Fixtures.negative("ADMINISTRATIVE", "GENERAL", on));
        return api.request("POST", "/subjects/" + subject + "/records").token(officer(tenant))
                .header("Idempotency-Key", key).json(body).send();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> warnings(String tenant, String subject, String token) {
        Response r = api.get("/subjects/" + subject + "/warnings", token);
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) (List<?>) r.list();
    }

    private static List<Map<String, Object>> staffWarnings(String tenant, String subject) {
        return warnings(tenant, subject, officer(tenant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1: a burst of four penalties, three of them racing, raises exactly one warning citing three records, the rule and its version; a retry raises none")
    void burstRaisesOnceRetryNone(String tenant) throws Exception {
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "预警测试医院");
        LocalDate day = Fixtures.today().minusDays(10);
        String prefix = "burst-" + System.nanoTime() + "-";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Response>> racing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            racing.add(pool.submit(() -> penalty(tenant, h, day.plusDays(n), prefix + n)));
        }
        int written = 0;
        for (Future<Response> f : racing) {
            Response r = f.get();
            assertTrue(r.status() == 201 || r.status() == 409, r::toString);
            written += r.status() == 201 ? 1 : 0;
        }
        pool.shutdown();
        for (int i = written; i < 4; i++) {
            assertEquals(201, penalty(tenant, h, day.plusDays(3 + i), prefix + "more-" + i).status());
        }
        List<Map<String, Object>> ws = staffWarnings(tenant, h);
        assertEquals(1, ws.size(), ws.toString());
        Map<String, Object> w = ws.get(0);
        assertEquals("REPEATED_DISHONESTY", w.get("ruleCode"));
        assertEquals(3, ((List<?>) w.get("recordIds")).size());
        assertEquals("OPEN", w.get("status"));
        Response config = api.get("/config", officer(tenant));
        assertEquals(config.at("version"), w.get("configVersion"), config.body().substring(0, 80));

        // The last write retried with its key: the kept answer, nothing new.
        Response retry = penalty(tenant, h, null, prefix + "more-3");
        assertEquals(201, retry.status(), retry::toString);
        assertEquals(1, staffWarnings(tenant, h).size());
        // The subject is not told of an unconfirmed warning.
        assertTrue(warnings(tenant, h, TestIdentity.subject(tenant, h)).isEmpty());
    }

    @Test
    @DisplayName("R-8.1, 001 §32: confirming puts the subject under key monitoring with a review date and tells it why; the inbox sorts by level; ending returns it to general monitoring; every step audited")
    void confirmKeyMonitoringAndEnd() {
        String tenant = "500119";
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "重点监控测试医院");
        LocalDate day = Fixtures.today().minusDays(20);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, penalty(tenant, h, day.plusDays(i), "key-" + h + "-" + i).status());
        }
        String warningId = (String) staffWarnings(tenant, h).get(0).get("warningId");

        Response inbox = api.get("/warnings", reviewer(tenant));
        assertEquals(200, inbox.status(), inbox::toString);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> open = (List<Map<String, Object>>) inbox.at("warnings");
        assertTrue(open.stream().anyMatch(x -> warningId.equals(x.get("warningId"))));
        for (int i = 1; i < open.size(); i++) {
            int a = ((Number) open.get(i - 1).get("levelRank")).intValue();
            int b = ((Number) open.get(i).get("levelRank")).intValue();
            assertTrue(a <= b, "most serious level first");
        }
        assertTrue(((Number) inbox.at("countsByLevel.二级")).intValue() >= 1, inbox::toString);

        Response noReasons = api.request("POST", "/subjects/" + h + "/warnings/" + warningId + "/review")
                .token(reviewer(tenant)).json(Map.of("outcome", "CONFIRMED")).send();
        assertEquals(400, noReasons.status(), noReasons::toString);
        assertEquals("REASONS_REQUIRED", noReasons.str("code"));
        assertEquals("reasons", noReasons.str("field"));
        assertTrue(noReasons.header("Content-Type").startsWith("application/problem+json"));

        Response confirmed = api.request("POST", "/subjects/" + h + "/warnings/" + warningId + "/review")
                .token(reviewer(tenant)).header("Idempotency-Key", "review-" + warningId)
                .json(Map.of("outcome", "CONFIRMED", "reasons", "经核查，三次处罚属实")).send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.str("warning.status"));
        assertEquals("KEY", confirmed.str("monitoring.level"));
        assertEquals(Fixtures.today().toString(), confirmed.str("monitoring.since"));
        assertEquals(Fixtures.today().plusDays(90).toString(), confirmed.str("monitoring.reviewOn"));
        assertEquals(List.of("RAISED", "CONFIRMED"),
                ((List<?>) confirmed.at("warning.trail")).stream().map(s -> ((Map<?, ?>) s).get("action")).toList());

        Response again = api.request("POST", "/subjects/" + h + "/warnings/" + warningId + "/review")
                .token(reviewer(tenant)).json(Map.of("outcome", "DISMISSED", "reasons", "再次处理")).send();
        assertEquals(409, again.status(), again::toString);
        assertEquals("WARNING_ALREADY_REVIEWED", again.str("code"));

        // The subject is told, with the reasons, and sees its confirmed warning.
        List<Map<String, Object>> own = warnings(tenant, h, TestIdentity.subject(tenant, h));
        assertEquals(1, own.size());
        assertEquals("经核查，三次处罚属实", own.get(0).get("confirmation"));
        assertFalse(own.get(0).containsKey("trail"), "the subject does not see who reviewed");
        Response notices = api.get("/me/notices", TestIdentity.subject(tenant, h));
        assertTrue(notices.body().contains("WARNING_CONFIRMED") && notices.body().contains("重点监控"), notices::toString);

        Response staffView = api.get("/subjects/" + h + "/monitoring", officer(tenant));
        assertEquals("KEY", staffView.str("level"));
        Response list = api.get("/monitoring", officer(tenant));
        assertTrue(list.body().contains(h), list::toString);
        assertTrue(((Number) list.at("keyByKind.DESIGNATED_HOSPITAL")).intValue() >= 1);

        Response end = api.request("POST", "/subjects/" + h + "/monitoring/end").token(reviewer(tenant))
                .header("Idempotency-Key", "end-" + h).json(Map.of("reasons", "整改到位，风险消除")).send();
        assertEquals(200, end.status(), end::toString);
        assertEquals("GENERAL", end.str("level"));
        assertEquals(Fixtures.today().toString(), end.str("endedOn"));
        assertEquals(List.of("KEY_ENTERED", "KEY_ENDED"),
                ((List<?>) end.at("trail")).stream().map(s -> ((Map<?, ?>) s).get("action")).toList());
        assertFalse(api.get("/monitoring", officer(tenant)).body().contains(h));
        Response endAgain = api.request("POST", "/subjects/" + h + "/monitoring/end").token(reviewer(tenant))
                .json(Map.of("reasons", "再次解除")).send();
        assertEquals(409, endAgain.status());
        assertEquals("NOT_UNDER_KEY_MONITORING", endAgain.str("code"));
    }

    @Test
    @DisplayName("R-8.1: a dismissed warning is never shown nor told to the subject; a broken commitment raises its own warning (001 §9)")
    void dismissAndCommitment() {
        String tenant = "500119";
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "承诺预警测试医院");
        assertEquals(201, api.post("/subjects/" + h + "/commitments", TestIdentity.subject(tenant, h),
                Map.of("template", "DESIGNATION", "channel", "ONLINE")).status());
        LocalDate day = Fixtures.today().minusDays(2);
        Response breach = api.post("/subjects/" + h + "/commitments/DESIGNATION/outcomes", officer(tenant),
                Map.of("outcome", "BREACHED", "summary", "未按承诺整改", "effectiveFrom", day.toString(),
                        "basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "南医保罚〔2026〕" + System.nanoTime() % 10000 + "号",
                                "date", day.toString(), "issuer", "重庆市南川区医疗保障局")));
        assertEquals(201, breach.status(), breach::toString);
        List<Map<String, Object>> ws = staffWarnings(tenant, h);
        assertEquals(List.of("COMMITMENT_BROKEN"), ws.stream().map(w -> w.get("ruleCode")).toList());
        assertEquals("三级", ws.get(0).get("level"));
        String id = (String) ws.get(0).get("warningId");
        Response dismissed = api.request("POST", "/subjects/" + h + "/warnings/" + id + "/review")
                .token(reviewer(tenant)).json(Map.of("outcome", "DISMISSED", "reasons", "已当场纠正")).send();
        assertEquals(200, dismissed.status(), dismissed::toString);
        assertEquals("GENERAL", dismissed.str("monitoring.level"));
        assertTrue(warnings(tenant, h, TestIdentity.subject(tenant, h)).isEmpty());
        assertFalse(api.get("/me/notices", TestIdentity.subject(tenant, h)).body().contains("WARNING_CONFIRMED"));
    }

    @Test
    @DisplayName("Issue 15: a configuration whose warning rule has a window of 0 days is refused whole, naming the field")
    void zeroWindowRefused() throws Exception {
        String yaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"))
                .replaceFirst("windowDays: 365", "windowDays: 0");
        Response r = api.request("PUT", "/platform/tenants/500119/config")
                .token(TestIdentity.bureau("platform", "platform_operator"))
                .header("If-Match", "1").body("application/yaml", yaml).send();
        assertEquals(400, r.status(), r::toString);
        assertEquals("TENANT_CONFIG_INVALID", r.str("code"));
        assertTrue(r.body().contains("monitoring.rules[0].when.negativeRecords.windowDays"), r::toString);
    }

    @Test
    @DisplayName("R-8.1: an unknown level in the inbox filter is a 400 naming the field, without repeating the value")
    void unknownLevel() {
        Response r = api.get("/warnings?level=%E7%BA%A2%E8%89%B2", reviewer("500119"));
        assertEquals(400, r.status(), r::toString);
        assertEquals("UNKNOWN_WARNING_LEVEL", r.str("code"));
        assertEquals("level", r.str("field"));
        assertFalse(r.body().contains("红色"));
    }
}
