package cn.yixin.api.monitoring;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rest of issue 15 through the real payload-2.0 handler (R-8.1, R-1.2; Nanchuan 001 §32, Sichuan 003 ch. 6): the
 * fund-expenditure jump on the facts write, key monitoring by a low grade and its end when the grade recovers, the
 * level on the staff profile only, and the statistics as JSON and as an SVG chart.
 */
class MonitoringFollowUpTest {

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    private static Response facts(String tenant, String subject, int year, String yuan, String key) {
        var req = api.request("POST", "/subjects/" + subject + "/facts").token(officer(tenant))
                .json(Map.of("fundExpenditure", Map.of("year", year, "amountYuan", yuan)));
        return (key == null ? req : req.header("Idempotency-Key", key)).send();
    }

    private static List<Map<?, ?>> warnings(String tenant, String subject, String rule) {
        Response r = api.get("/subjects/" + subject + "/warnings", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object o : r.list()) {
            if (rule.equals(((Map<?, ?>) o).get("ruleCode"))) {
                out.add((Map<?, ?>) o);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1: a year's fund expenditure over 50 % above the year before raises one warning on the facts write, "
            + "even from a burst of three racing writes; a retry and a re-recording raise none; 40 % raises nothing")
    void fundJumpRaisesOnce(String tenant) throws Exception {
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "基金支出预警测试医院");
        int last = Fixtures.today().getYear() - 1;
        assertEquals(200, facts(tenant, h, last - 1, "1000000.00", null).status());
        assertTrue(warnings(tenant, h, "FUND_EXPENDITURE_JUMP").isEmpty(), "one year alone is no jump");

        String prefix = "fund-" + h + "-";
        List<Callable<Response>> burst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String key = prefix + i;
            burst.add(() -> facts(tenant, h, last, "1600000.00", key));
        }
        for (Response r : StartingGate.all(burst)) {
            assertEquals(200, r.status(), r::toString);
        }
        List<Map<?, ?>> ws = warnings(tenant, h, "FUND_EXPENDITURE_JUMP");
        assertEquals(1, ws.size(), ws.toString());
        assertTrue(String.valueOf(ws.get(0).get("reason")).startsWith(last + " 年度"), ws.toString());
        assertEquals(List.of(), ws.get(0).get("recordIds"));
        assertEquals(api.get("/config", officer(tenant)).at("version"), ws.get(0).get("configVersion"));

        Response retry = facts(tenant, h, last, "1600000.00", prefix + "0");
        assertEquals(200, retry.status(), retry::toString);
        assertEquals(200, facts(tenant, h, last, "1700000.00", prefix + "again").status());
        assertEquals(1, warnings(tenant, h, "FUND_EXPENDITURE_JUMP").size(), "the same year warns once");

        String calm = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "基金支出平稳医院");
        assertEquals(200, facts(tenant, calm, last - 1, "1000000.00", null).status());
        assertEquals(200, facts(tenant, calm, last, "1400000.00", null).status());
        assertTrue(warnings(tenant, calm, "FUND_EXPENDITURE_JUMP").isEmpty());

        // The year before recorded after the year: the jump is seen all the same.
        String late = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "基金支出补报医院");
        assertEquals(200, facts(tenant, late, last, "3000000.00", null).status());
        assertEquals(200, facts(tenant, late, last - 1, "1000000.00", null).status());
        assertEquals(1, warnings(tenant, late, "FUND_EXPENDITURE_JUMP").size());
    }

    @Test
    @DisplayName("R-8.1: Sichuan (no exclusion rule) takes a year's expenditure for its jump rule, but still refuses an agreement fact; a nurse's is refused")
    void factsGate() {
        String h = Fixtures.register(api, "510000", "DESIGNATED_HOSPITAL", "四川协议测试医院");
        Response agreement = api.post("/subjects/" + h + "/facts", officer("510000"),
                Map.of("agreement", Map.of("status", "ENDED_BY_SUBJECT", "endedOn", "2025-06-30")));
        assertEquals(400, agreement.status(), agreement::toString);
        assertEquals("FACTS_NOT_APPLICABLE", agreement.str("code"));
        String nurse = Fixtures.register(api, "510000", "NURSE", "四川护士");
        Response r = facts("510000", nurse, Fixtures.today().getYear() - 1, "1.00", null);
        assertEquals(400, r.status(), r::toString);
        assertEquals("FACTS_NOT_APPLICABLE", r.str("code"));
        assertEquals("subjectId", r.str("field"));
    }

    private static String grade(String tenant, String subject) {
        return api.get("/subjects/" + subject, officer(tenant)).str("subject.grade.grade");
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1, 001 §32: a grade that falls to D enters key monitoring by itself (start, reason, review date, by system); "
            + "staff see it on the profile, the subject does not; the grade back to C ends it by itself")
    void keyMonitoringByGrade(String tenant) {
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "低等级监控测试医院");
        List<String> records = new ArrayList<>();
        Set<String> low = Set.of("D", "E");
        for (int i = 0; i < 10 && !low.contains(grade(tenant, h)); i++) {
            Response r = Fixtures.record(api, tenant, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL",
                    Fixtures.today().minusDays(30 + i)));
            records.add(r.str("recordId"));
        }
        assertTrue(low.contains(grade(tenant, h)), "the grade fell to D or E");

        Response profile = api.get("/subjects/" + h, officer(tenant));
        assertEquals("KEY", profile.str("monitoring.level"), profile::toString);
        assertEquals("重点监控", profile.str("monitoring.levelName"));
        assertEquals(true, profile.at("monitoring.byGrade"));
        assertEquals(Fixtures.today().toString(), profile.str("monitoring.since"));
        assertEquals(Fixtures.today().plusDays(90).toString(), profile.str("monitoring.reviewOn"));
        assertTrue(profile.str("monitoring.reason").contains("信用等级降至"), profile::toString);
        // The subject itself is not shown its monitoring level, on either of its profile reads.
        String self = TestIdentity.subject(tenant, h);
        assertNull(api.get("/subjects/" + h, self).at("monitoring"));
        assertNull(api.get("/me", self).at("monitoring"));
        assertTrue(api.get("/monitoring", officer(tenant)).body().contains(h));

        Response detail = api.get("/subjects/" + h + "/monitoring", officer(tenant));
        assertEquals("system", detail.str("trail.0.by"));
        assertEquals("KEY_ENTERED", detail.str("trail.0.action"));
        assertNull(detail.at("warningId"), "no warning is its cause");

        // Withdraw penalties until the grade is C or better: the cause has ended, and so has key monitoring.
        for (int i = records.size() - 1; i >= 0 && low.contains(grade(tenant, h)); i--) {
            Response c = api.post("/subjects/" + h + "/records/" + records.get(i) + "/corrections", officer(tenant),
                    Map.of("reason", "处罚决定已撤销", "withdraw", true));
            assertEquals(201, c.status(), c::toString);
        }
        assertFalse(low.contains(grade(tenant, h)));
        Response after = api.get("/subjects/" + h, officer(tenant));
        assertEquals("GENERAL", after.str("monitoring.level"), after::toString);
        Response ended = api.get("/subjects/" + h + "/monitoring", officer(tenant));
        assertEquals(Fixtures.today().toString(), ended.str("endedOn"));
        assertTrue(ended.str("endReason").contains("回升"), ended::toString);
        assertEquals("KEY_ENDED", ended.str("trail.1.action"));
        assertEquals("system", ended.str("trail.1.by"));
        assertFalse(api.get("/monitoring", officer(tenant)).body().contains(h));
    }

    @Test
    @DisplayName("R-8.1, concurrency: eight racing deciders of one grade move enter key monitoring once (conditional put; the losers re-read and find it entered)")
    void gradeEntryRacesOnce() throws Exception {
        String tenant = "500119";
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "低等级并发测试医院");
        for (int i = 0; i < 10 && !Set.of("D", "E").contains(grade(tenant, h)); i++) {
            Fixtures.record(api, tenant, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today().minusDays(40 + i)));
        }
        String low = grade(tenant, h);
        assertTrue(Set.of("D", "E").contains(low), low);
        // A reviewer ends it while the grade stays low; then the same move is decided by eight at once.
        Response end = api.post("/subjects/" + h + "/monitoring/end", TestIdentity.bureau(tenant, "bureau_reviewer"),
                Map.of("reasons", "经复核暂不列为重点监控"));
        assertEquals(200, end.status(), end::toString);
        var byGrade = api.context().getBean(GradeKeyMonitoring.class);
        var policy = api.context().getBean(WarningRaiser.class)
                .policy(api.context().getBean(cn.yixin.api.tenancy.TenantDirectory.class).current(tenant));
        StartingGate.copies(8, () -> {
            byGrade.moved(policy, tenant, h, cn.yixin.domain.SubjectKind.DESIGNATED_HOSPITAL, "C", low);
            return null;
        });
        Response m = api.get("/subjects/" + h + "/monitoring", officer(tenant));
        assertEquals("KEY", m.str("level"), m::toString);
        assertEquals(List.of("KEY_ENTERED", "KEY_ENDED", "KEY_ENTERED"),
                ((List<?>) m.at("trail")).stream().map(x -> ((Map<?, ?>) x).get("action")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1: the statistics count this month's warnings by level and rule, key monitoring by kind, and the live grades")
    void statistics(String tenant) {
        String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "统计测试医院");
        int last = Fixtures.today().getYear() - 1;
        Response before = api.get("/monitoring/statistics", officer(tenant));
        assertEquals(200, before.status(), before::toString);
        assertEquals(facts(tenant, h, last - 1, "100.00", null).status(), 200);
        assertEquals(facts(tenant, h, last, "900.00", null).status(), 200);
        Response after = api.get("/monitoring/statistics", officer(tenant));
        assertEquals(200, after.status(), after::toString);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> months = (List<Map<String, Object>>) after.at("warningsByMonth");
        assertEquals(12, months.size());
        String month = Fixtures.today().toString().substring(0, 7);
        assertEquals(month, months.get(11).get("month"));
        int beforeTotal = ((Number) ((Map<?, ?>) ((List<?>) before.at("warningsByMonth")).get(11)).get("total")).intValue();
        assertEquals(beforeTotal + 1, ((Number) months.get(11).get("total")).intValue());
        assertTrue(((Number) ((Map<?, ?>) months.get(11).get("byRule")).get("FUND_EXPENDITURE_JUMP")).intValue() >= 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> grades = (List<Map<String, Object>>) after.at("grades");
        Map<?, ?> now = grades.get(grades.size() - 1);
        assertEquals(Fixtures.today().toString(), now.get("asOf"));
        assertTrue(((Map<?, ?>) now.get("byKind")).containsKey("DESIGNATED_HOSPITAL"), now.toString());
        assertTrue(after.at("keyMonitoring.total") instanceof Number);
    }

    @Test
    @DisplayName("R-8.1: the chart is image/svg+xml through the payload-2.0 handler, well-formed, with Chinese labels")
    void chart() throws Exception {
        String tenant = "500119";
        Response r = api.get("/monitoring/statistics/chart", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("image/svg+xml"), r.header("Content-Type"));
        String svg = new String(r.bytes(), StandardCharsets.UTF_8);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        for (String label : List.of("信用监控与预警统计", "每月预警数", "重点监控对象", "信用等级分布", "一年内多次失信", "一级预警")) {
            assertTrue(svg.contains(label), label);
        }
        assertFalse(svg.contains("<script"), "no script in the picture");
        Path out = ApiUnderTest.repoRoot().resolve("functions/api/target/monitoring-chart.svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg);   // to look at (docs/monitoring.md says how)
    }

    @Test
    @DisplayName("Issue 15: a configuration whose keyByGrade names a grade off the scale, or whose repeat window is 0 days, is refused whole, naming the field")
    void badMonitoringConfigRefused() throws Exception {
        String yaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"));
        for (String[] bad : List.of(new String[]{"\n    grades: [D, E]\n", "\n    grades: [D, F]\n", "monitoring.keyByGrade.grades"},
                new String[]{"repeatAfterRepair: { windowDays: 365", "repeatAfterRepair: { windowDays: 0",
                        "monitoring.rules[8].when.repeatAfterRepair.windowDays"})) {
            assertTrue(yaml.contains(bad[0]), bad[0]);
            Response r = api.request("PUT", "/platform/tenants/500119/config")
                    .token(TestIdentity.bureau("platform", "platform_operator"))
                    .header("If-Match", "1").body("application/yaml", yaml.replace(bad[0], bad[1])).send();
            assertEquals(400, r.status(), r::toString);
            assertEquals("TENANT_CONFIG_INVALID", r.str("code"));
            assertTrue(r.body().contains(bad[2]), r::toString);
        }
    }

    @Test
    @DisplayName("R-8.1: a period that ends before it starts, spans more than 36 months or is not yyyy-MM-dd is refused naming the field; a subject may not read statistics")
    void badPeriods() {
        Response reversed = api.get("/monitoring/statistics?from=2026-05-01&to=2026-04-30", officer("500119"));
        assertEquals(400, reversed.status(), reversed::toString);
        assertEquals("INVALID_PERIOD", reversed.str("code"));
        assertEquals("from", reversed.str("field"));
        assertTrue(reversed.header("Content-Type").startsWith("application/problem+json"));
        assertFalse(reversed.str("messages.zh").matches(".*[A-Za-z].*"), reversed.str("messages.zh"));
        Response longer = api.get("/monitoring/statistics/chart?from=2020-01-01&to=2026-01-01", officer("500119"));
        assertEquals(400, longer.status(), longer::toString);
        assertEquals("PERIOD_TOO_LONG", longer.str("code"));
        assertEquals("to", longer.str("field"));
        Response format = api.get("/monitoring/statistics?from=2026-5-1", officer("500119"));
        assertEquals(400, format.status(), format::toString);
        assertEquals("from", format.str("field"));
        String h = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "统计越权测试医院");
        assertEquals(403, api.get("/monitoring/statistics", TestIdentity.subject("500119", h)).status());
    }
}
