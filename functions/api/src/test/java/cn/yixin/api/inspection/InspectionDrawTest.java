package cn.yixin.api.inspection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.inspection.RandomDraw;
import cn.yixin.domain.inspection.Stratum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Graded random inspections through the real handler on DynamoDB Local (双随机、一公开, R-7.2, 004 §25(二), 001 §28).
 * Each test works in its own tenant: a tenant's roster and population are the tenant's whole roster and population.
 */
class InspectionDrawTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String admin(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_admin");
    }

    private static Response inspector(String tenant, String code, List<String> linked) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "检查员" + code);
        body.put("linkedSubjectIds", linked);
        return api.post("/inspectors", admin(tenant), body);
    }

    private static Map<String, Object> plan(String kind, Object basePercent, int perCheck) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "2026年度医保基金双随机抽查");
        body.put("subjectKinds", List.of(kind));
        body.put("periodFrom", today().withDayOfYear(1).toString());
        body.put("periodTo", today().withDayOfYear(1).plusYears(1).minusDays(1).toString());
        body.put("basePercent", basePercent);
        body.put("inspectorsPerCheck", perCheck);
        return body;
    }

    private static String createPlan(String tenant, String kind, Object basePercent, int perCheck) {
        Response r = api.post("/inspection-plans", admin(tenant), plan(kind, basePercent, perCheck));
        assertEquals(201, r.status(), r::toString);
        return r.str("planId");
    }

    private static Response draw(String tenant, String planId, Map<String, Object> body) {
        return api.post("/inspection-plans/" + planId + "/draws", admin(tenant), body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Response r, String path) {
        return (List<Map<String, Object>>) r.at(path);
    }

    private static Map<String, Object> planOf(String tenant, String planId) {
        return list(api.get("/inspection-plans", admin(tenant)), "plans").stream()
                .filter(p -> planId.equals(p.get("planId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<RandomDraw.Check> checksOf(Response read) {
        return list(read, "checks").stream().map(c -> new RandomDraw.Check((String) c.get("subjectId"),
                (String) c.get("stratum"), (List<String>) c.get("inspectorIds"))).toList();
    }

    @Test
    @DisplayName("R-7.2, 004 §25(二): Guangdong draws B enterprises at 50 % of the base (rounded down), those with a dishonest act at the base, D/E always; inspectors never their linked subjects; anyone recomputes the stored draw from its recorded inputs")
    @SuppressWarnings("unchecked")
    void guangdongDraw() {
        String gd = "440000";
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            clean.add(Fixtures.register(api, gd, "OTHER_ENTERPRISE", "抽查测试企业" + i));
        }
        List<String> penalised = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String s = Fixtures.register(api, gd, "OTHER_ENTERPRISE", "抽查测试失信企业" + i);
            Fixtures.record(api, gd, s, negative("ADMINISTRATIVE", "SERIOUS", today()));
            penalised.add(s);
        }
        // Inspector G1 is linked to every penalised enterprise (always drawn when D/E, or drawn at the base).
        assertEquals(201, inspector(gd, "GD-1", penalised).status());
        for (String code : List.of("GD-2", "GD-3", "GD-4")) {
            assertEquals(201, inspector(gd, code, List.of()).status());
        }
        // An inspector's name is personal data: masked in the roster, sealed in storage, never in clear.
        Response rosterRead = api.get("/inspectors", TestIdentity.bureau(gd, "auditor"));
        assertTrue(rosterRead.body().contains("检******"), rosterRead::toString);
        assertFalse(rosterRead.body().contains("检查员GD-1"), rosterRead::toString);
        var rawItem = api.dynamo().getItem(b -> b.tableName("yixin").key(Map.of(
                "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("T#" + gd + "#INSP"),
                "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("I#GD-1")))).item();
        assertFalse(rawItem.toString().contains("检查员GD-1"), "no clear name stored");
        assertTrue(rawItem.containsKey("nameSealed"));
        String planId = createPlan(gd, "OTHER_ENTERPRISE", 20, 2);
        Response drawn = draw(gd, planId, Map.of());
        assertEquals(201, drawn.status(), drawn::toString);
        assertEquals(RandomDraw.ALGORITHM, drawn.str("algorithm"));
        assertEquals(64, drawn.str("seed").length());
        String drawId = drawn.str("drawId");

        Response read = api.get("/inspection-draws/" + drawId + "?inputs=true", TestIdentity.bureau(gd, "auditor"));
        assertEquals(200, read.status(), read::toString);
        Map<String, String> strata = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        List<RandomDraw.Candidate> population = list(read, "population").stream().map(c -> {
            strata.put((String) c.get("subjectId"), (String) c.get("stratum"));
            grades.put((String) c.get("subjectId"), (String) c.get("grade"));
            return new RandomDraw.Candidate((String) c.get("subjectId"), (String) c.get("grade"),
                    Stratum.parse((String) c.get("stratum")));
        }).toList();
        for (String s : clean) {
            assertEquals("B", grades.get(s), "a new Guangdong enterprise is B");
            assertEquals("10.0000|FLOOR", strata.get(s), "B without a dishonest act: at most 50 % of 20 %");
        }
        for (String s : penalised) {
            String g = grades.get(s);
            assertEquals(Set.of("D", "E").contains(g) ? "100.0000|CEILING" : "20.0000|CEILING", strata.get(s),
                    "grade " + g + " with a dishonest act: no incentive cap");
        }
        // Recomputation from the recorded inputs alone (seed, population, roster) gives the stored draw and hashes.
        List<RandomDraw.RosterEntry> roster = list(read, "roster").stream().map(r -> new RandomDraw.RosterEntry(
                (String) r.get("inspectorId"), Set.copyOf((List<String>) r.get("conflicts")))).toList();
        RandomDraw.Result again = RandomDraw.draw(read.str("draw.seed"), population, roster, 2);
        assertEquals(again.checks(), checksOf(read));
        assertEquals(again.populationHash(), read.str("draw.populationHash"));
        assertEquals(again.rosterHash(), read.str("draw.rosterHash"));
        // Counts per stratum follow the ratios: B stratum rounds down, at-least strata round up.
        for (Map<String, Object> s : list(read, "draw.strata")) {
            int pop = ((Number) s.get("population")).intValue();
            assertEquals(Stratum.parse((String) s.get("stratum")).count(pop), ((Number) s.get("drawn")).intValue());
        }
        for (RandomDraw.Check c : checksOf(read)) {
            assertEquals(2, Set.copyOf(c.inspectorIds()).size());
            if (penalised.contains(c.subjectId())) {
                assertFalse(c.inspectorIds().contains("GD-1"), "GD-1 is linked to " + c.subjectId());
            }
        }

        // Drawn once: a second draw without naming the one it replaces is refused; the plan keeps one draw.
        Response twice = draw(gd, planId, Map.of());
        assertEquals(409, twice.status(), twice::toString);
        assertEquals("PLAN_ALREADY_DRAWN", twice.str("code"));
        assertEquals(1, ((List<?>) planOf(gd, planId).get("draws")).size());
        // A redraw without a reason is refused; with one it is a new, audited draw.
        Response noReason = draw(gd, planId, Map.of("replacesDrawId", drawId));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("REDRAW_REASON_REQUIRED", noReason.str("code"));
        Response redrawn = draw(gd, planId, Map.of("replacesDrawId", drawId, "reason", "原抽取的检查人员因公出差无法到岗"));
        assertEquals(201, redrawn.status(), redrawn::toString);
        assertEquals(drawId, redrawn.str("previousDrawId"));
        assertNotEquals(drawId, redrawn.str("drawId"));
        Map<String, Object> p = planOf(gd, planId);
        assertEquals(redrawn.str("drawId"), p.get("currentDrawId"));
        assertEquals("原抽取的检查人员因公出差无法到岗", ((Map<String, Object>) ((List<?>) p.get("draws")).get(1)).get("reason"));
        assertEquals(false, api.get("/inspection-draws/" + drawId, admin(gd)).at("current"));
        // Another tenant does not see the draw.
        assertEquals(404, api.get("/inspection-draws/" + drawId, TestIdentity.bureau("510000", "auditor")).status());
    }

    @Test
    @DisplayName("R-7.2, R-3.1: outcomes are recorded once per check; a violation becomes a credit record in the archive; results are public without inspectors or individuals' names (一公开)")
    @SuppressWarnings("unchecked")
    void outcomesAndPublication() {
        String sc = "510000";
        for (int i = 0; i < 3; i++) {
            Fixtures.register(api, sc, "DESIGNATED_PHARMACY", "抽查测试药店" + i + "-" + System.nanoTime());
        }
        for (String code : List.of("SC-1", "SC-2")) {
            assertEquals(201, inspector(sc, code, List.of()).status());
        }
        String planId = createPlan(sc, "DESIGNATED_PHARMACY", 100, 1);
        Response drawn = draw(sc, planId, Map.of());
        assertEquals(201, drawn.status(), drawn::toString);
        String drawId = drawn.str("drawId");
        Response staffRead = api.get("/inspection-draws/" + drawId, admin(sc));
        List<RandomDraw.Check> checks = checksOf(staffRead);
        assertTrue(checks.size() >= 3, "100 %: every pharmacy");
        String ok = checks.get(0).subjectId();
        String bad = checks.get(1).subjectId();
        String officer = TestIdentity.bureau(sc, "bureau_officer");
        String outcomePath = "/inspection-draws/" + drawId + "/checks/";

        Response noRecord = api.post(outcomePath + bad + "/outcome", officer,
                Map.of("result", "VIOLATION", "inspectedOn", today().toString()));
        assertEquals(400, noRecord.status(), noRecord::toString);
        assertEquals("VIOLATION_NEEDS_RECORD", noRecord.str("code"));

        Response fine = api.post(outcomePath + ok + "/outcome", officer,
                Map.of("result", "NO_ISSUE", "inspectedOn", today().toString(), "summary", "未发现问题"));
        assertEquals(201, fine.status(), fine::toString);
        String okArchive = api.get("/subjects/" + ok + "/records", officer).body();
        Response again = api.post(outcomePath + ok + "/outcome", officer,
                Map.of("result", "VIOLATION", "inspectedOn", today().toString(),
                        "record", negative("ADMINISTRATIVE", "GENERAL", today())));
        assertEquals(409, again.status(), again::toString);
        assertEquals("OUTCOME_ALREADY_RECORDED", again.str("code"));
        assertEquals(okArchive, api.get("/subjects/" + ok + "/records", officer).body(), "nothing was written");

        Response violation = api.post(outcomePath + bad + "/outcome", officer,
                Map.of("result", "VIOLATION", "inspectedOn", today().toString(), "summary", "串换药品",
                        "record", negative("ADMINISTRATIVE", "GENERAL", today())));
        assertEquals(201, violation.status(), violation::toString);
        String recordId = violation.str("recordId");
        Response archive = api.get("/subjects/" + bad + "/records", officer);
        assertEquals(200, archive.status(), archive::toString);
        assertTrue(archive.body().contains(recordId), "the violation is in the subject's archive");

        Response pub = api.request("GET", "/public/inspection-draws/" + drawId).send();
        assertEquals(200, pub.status(), pub::toString);
        assertEquals(drawn.str("seed"), pub.str("seed"));
        assertFalse(pub.body().contains("SC-1") || pub.body().contains("检查员"), "no inspector in public");
        assertFalse(pub.body().contains(ok) || pub.body().contains(bad), "no subject id in public");
        Map<String, String> names = new HashMap<>();
        list(staffRead, "checks").forEach(c -> names.put((String) c.get("subjectId"), (String) c.get("name")));
        assertEquals("NO_ISSUE", list(pub, "checks").stream().filter(c -> names.get(ok).equals(c.get("name")))
                .findFirst().orElseThrow().get("result"));
        assertEquals("VIOLATION", list(pub, "checks").stream().filter(c -> names.get(bad).equals(c.get("name")))
                .findFirst().orElseThrow().get("result"));
        assertEquals(404, api.request("GET", "/public/inspection-draws/P510000" + "f".repeat(32)).send().status());
        assertEquals(404, api.request("GET", "/public/inspection-draws/nonsense").send().status());
    }

    @Test
    @DisplayName("R-7.2: two draws of one plan at once — one is stored, the other refused; the plan has one draw")
    void drawRace() throws Exception {
        String hb = "130000";
        Fixtures.register(api, hb, "DESIGNATED_HOSPITAL", "抽查竞争医院");
        for (String code : List.of("HB-1", "HB-2")) {
            assertEquals(201, inspector(hb, code, List.of()).status());
        }
        String planId = createPlan(hb, "DESIGNATED_HOSPITAL", 50, 1);
        List<Response> answers = StartingGate.copies(2, () -> draw(hb, planId, Map.of()));
        assertEquals(1, answers.stream().filter(r -> r.status() == 201).count(), answers::toString);
        Response loser = answers.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
        assertEquals(409, loser.status(), loser::toString);
        assertEquals("PLAN_ALREADY_DRAWN", loser.str("code"));
        Map<String, Object> p = planOf(hb, planId);
        assertEquals(1, ((List<?>) p.get("draws")).size());
        String winner = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().str("drawId");
        assertEquals(winner, p.get("currentDrawId"));
    }

    @Test
    @DisplayName("R-7.2: bad input — a ratio outside 0–100, a draw larger than the roster, an unknown linked subject, a drawn subject whose inspectors are all linked to it — problem+json naming the field, nothing written")
    void badInput() {
        String qhd = "130300";
        for (Object ratio : List.of(120, -1, 0, "abc")) {
            Response r = api.post("/inspection-plans", admin(qhd), plan("DESIGNATED_PHARMACY", ratio, 1));
            assertEquals(400, r.status(), r::toString);
            assertTrue(r.header("content-type").startsWith("application/problem+json"), r::toString);
        }
        Response ratio = api.post("/inspection-plans", admin(qhd), plan("DESIGNATED_PHARMACY", 120, 1));
        assertEquals("RATIO_OUT_OF_RANGE", ratio.str("code"));
        assertTrue(ratio.body().contains("basePercent"), ratio::toString);
        assertEquals(0, ((Number) api.get("/inspection-plans", admin(qhd)).at("count")).intValue(),
                "no plan was written");

        Response unknown = inspector(qhd, "QHD-X", List.of("S00000000000000000000"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("LINKED_SUBJECT_UNKNOWN", unknown.str("code"));
        assertEquals(0, ((Number) api.get("/inspectors", admin(qhd)).at("count")).intValue());

        String pharmacy = Fixtures.register(api, qhd, "DESIGNATED_PHARMACY", "抽查回避药店");
        assertEquals(201, inspector(qhd, "QHD-1", List.of(pharmacy)).status());
        assertEquals(409, inspector(qhd, "QHD-1", List.of()).status(), "the code is taken");
        String tooMany = createPlan(qhd, "DESIGNATED_PHARMACY", 100, 2);
        Response larger = draw(qhd, tooMany, Map.of());
        assertEquals(400, larger.status(), larger::toString);
        assertEquals("DRAW_LARGER_THAN_ROSTER", larger.str("code"));
        assertTrue(larger.body().contains("inspectorsPerCheck"));
        assertNull(planOf(qhd, tooMany).get("currentDrawId"), "nothing was drawn");

        // Chongqing has no inspection measure for pharmacies: a new one is drawn at the base ratio, 100 %.
        String cq = "500000";
        String cqPharmacy = Fixtures.register(api, cq, "DESIGNATED_PHARMACY", "抽查回避药店");
        assertEquals(201, inspector(cq, "CQ-1", List.of(cqPharmacy)).status());
        String conflicted = createPlan(cq, "DESIGNATED_PHARMACY", 100, 1);
        Response noOne = draw(cq, conflicted, Map.of());
        assertEquals(422, noOne.status(), noOne::toString);
        assertEquals("NOT_ENOUGH_UNCONFLICTED_INSPECTORS", noOne.str("code"));
        assertNull(planOf(cq, conflicted).get("currentDrawId"), "nothing was drawn");
        Response redrawUndrawn = draw(cq, conflicted, Map.of("replacesDrawId", "P500000" + "a".repeat(32),
                "reason", "测试重新抽取理由"));
        assertEquals(400, redrawUndrawn.status(), redrawUndrawn::toString);
        assertEquals("PLAN_NOT_DRAWN", redrawUndrawn.str("code"));
    }
}
