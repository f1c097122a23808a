package cn.yixin.api.evaluation;

import cn.yixin.api.credit.EffectiveDateRegrade;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.store.SubjectRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 ("a year in a bureau"), items 1, 2, 3, 9 and 10 through the real handler, on an API of its own (its runs
 * take every subject of a kind, so it keeps out of the other evaluation suites' tenants).
 */
class BureauYearTest {

    static final ApiUnderTest api = start();

    static ApiUnderTest start() {
        ApiUnderTest a = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test");
        a.onboardAll();
        return a;
    }

    static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    static Response run(String tenant, Map<String, Object> body) {
        Response r = api.post("/cycles/2025/runs", officer(tenant), body);
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> versions(String tenant, String subjectId) {
        Response r = api.get("/subjects/" + subjectId + "/results", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) r.at("versions");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> notices(String tenant, String subjectId, String kind) {
        Response r = api.get("/subjects/" + subjectId + "/notices", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return ((List<Map<String, Object>>) (List<?>) r.list()).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> runOf(Response runs, String kind) {
        return ((List<Map<String, Object>>) runs.at("runs")).stream().filter(r -> kind.equals(r.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " not in " + runs));
    }

    static int num(Object o) {
        return ((Number) o).intValue();
    }

    @Test
    @DisplayName("Issue 12.1 / R-5.4: a subject registered after its kind's run completed is evaluated by running "
            + "again, and can then be revised; the others keep their one result and one notice")
    void newcomerAfterTheRun() {
        String t = "440000";
        String first = Fixtures.register(api, t, "DESIGNATED_PHARMACY", "广东先登记药店");
        Response done = run(t, Map.of("kind", "DESIGNATED_PHARMACY"));
        assertEquals("COMPLETED", done.str("runs.0.status"));
        assertEquals(1, num(done.at("runs.0.total")));

        String late = Fixtures.register(api, t, "DESIGNATED_PHARMACY", "广东后登记药店");
        Response again = run(t, Map.of("kind", "DESIGNATED_PHARMACY"));
        assertEquals("COMPLETED", again.str("runs.0.status"), again::toString);
        assertEquals(2, num(again.at("runs.0.done")));
        assertEquals(2, num(again.at("runs.0.total")));
        List<Map<String, Object>> v = versions(t, late);
        assertEquals(1, v.size(), v::toString);
        assertEquals("PROPOSED", v.get(0).get("status"));
        assertEquals(1, notices(t, late, "PROPOSED_RESULT").size());
        assertEquals(1, versions(t, first).size(), "the first one is not evaluated twice");
        assertEquals(1, notices(t, first, "PROPOSED_RESULT").size());

        // There is a result to revise now (it was a 404).
        Response revised = api.post("/subjects/" + late + "/results/2025/revisions", officer(t),
                Map.of("cause", "REVISION", "reason", "复核", "basis", "内部复核"));
        assertEquals(200, revised.status(), revised::toString);
        Response stats = api.get("/cycles/2025/statistics", officer(t));
        @SuppressWarnings("unchecked") Map<String, Object> pharmacies = ((List<Map<String, Object>>) stats.at("kinds"))
                .stream().filter(k -> "DESIGNATED_PHARMACY".equals(k.get("kind"))).findFirst().orElseThrow();
        assertEquals(2, num(pharmacies.get("total")), stats::toString);

        // Running once more changes nothing.
        Response third = run(t, Map.of("kind", "DESIGNATED_PHARMACY"));
        assertEquals(2, num(third.at("runs.0.done")));
        assertEquals(1, versions(t, late).size());
    }

    @Test
    @DisplayName("Issue 12.1 / R-5.4: a run started without a kind marks an empty kind COMPLETED 0/0, but not for good")
    void emptyKindIsNotClosedForGood() {
        String t = "510000";
        Response all = run(t, Map.of());
        Map<String, Object> doctors = runOf(all, "DOCTOR");
        assertEquals("COMPLETED", doctors.get("status"));
        assertEquals(0, num(doctors.get("total")));

        String employer = Fixtures.register(api, t, "DOCTOR", "四川后登记医师");
        Response again = run(t, Map.of());
        assertEquals(1, num(runOf(again, "DOCTOR").get("done")), again::toString);
        assertEquals(1, versions(t, employer).size());
        assertEquals(1, notices(t, employer, "PROPOSED_RESULT").size());
    }

    @Test
    @DisplayName("Issue 12.1 / R-5.6: facts recorded after the run (no fund expenditure in 2025) revise the result "
            + "to 'not evaluated' with its basis from Nanchuan's file, and notify the change")
    void lateFactsReviseTheResult() {
        String t = "500119";
        String h = Fixtures.register(api, t, "DESIGNATED_HOSPITAL", "南川事实后补医院");
        run(t, Map.of("kind", "DESIGNATED_HOSPITAL"));
        assertEquals("B", versions(t, h).get(0).get("grade"));

        Response facts = api.post("/subjects/" + h + "/facts", officer(t),
                Map.of("fundExpenditure", Map.of("year", 2025, "amountYuan", "0")));
        assertEquals(200, facts.status(), facts::toString);
        List<Map<String, Object>> v = versions(t, h);
        assertEquals(2, v.size(), v::toString);
        assertEquals("NOT_EVALUATED", v.get(1).get("grade"));
        assertEquals("FACTS", v.get(1).get("cause"));
        @SuppressWarnings("unchecked") Map<String, Object> ex = (Map<String, Object>) v.get(1).get("exclusion");
        assertEquals("NO_FUND_EXPENDITURE", ex.get("code"));
        assertEquals("001 §23(三)", ex.get("basis"), "issue 12.3: the basis is the tenant file's");
        assertEquals("SUPERSEDED", v.get(0).get("status"), "issue 12.8: the replaced version reads as replaced");
        assertEquals(1, notices(t, h, "RESULT_CHANGED").size());
        // The same facts again: nothing moves.
        api.post("/subjects/" + h + "/facts", officer(t), Map.of("fundExpenditure", Map.of("year", 2025, "amountYuan", "0")));
        assertEquals(2, versions(t, h).size());
    }

    @Test
    @DisplayName("Issue 12.3 / R-5.6: Guangdong has no exclusion rule (004 has none): agreement facts are refused in "
            + "both languages without echoing the request, and its hospitals are all evaluated")
    void noExclusionsWhereTheSourceHasNone() {
        String t = "440000";
        String h = Fixtures.register(api, t, "DESIGNATED_HOSPITAL", "广东协议已解除医院");
        Response refused = api.post("/subjects/" + h + "/facts", officer(t),
                Map.of("agreement", Map.of("status", "ENDED_BY_SUBJECT", "endedOn", "2025-06-30")));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("FACTS_NOT_APPLICABLE", refused.str("code"));
        assertEquals("subjectId", refused.str("field"));
        assertTrue(refused.header("content-type").startsWith("application/problem+json"), refused::toString);
        String zh = refused.str("messages.zh");
        assertFalse(zh.matches(".*[A-Za-z].*"), "no English inside the Chinese message: " + zh);
        assertFalse(refused.body().contains("2025-06-30"), "the request's values are not echoed");
        assertFalse(refused.body().contains("001 §23"));
    }

    @Test
    @DisplayName("Issue 12.2 / R-5.1 / R-3.3: under SEVERITY_COUNT (Qinhuangdao's 1年内) the class moves on the day "
            + "an act leaves the 12-month window, by the daily re-grade alone; a second act's day follows")
    void windowEndRegrades() {
        String t = "130300";
        LocalDate today = Fixtures.today();
        SubjectRepository subjects = api.context().getBean(SubjectRepository.class);
        EffectiveDateRegrade job = api.context().getBean(EffectiveDateRegrade.class);
        var cfg = api.context().getBean(TenantDirectory.class);

        String p = Fixtures.register(api, t, "DESIGNATED_PHARMACY", "秦皇岛窗口期药店");
        LocalDate firstAct = today.minusMonths(12).plusDays(3);
        LocalDate secondAct = today.minusMonths(12).plusDays(6);
        String r1 = Fixtures.record(api, t, p, Fixtures.negative("ADMINISTRATIVE", "GENERAL", firstAct)).str("recordId");
        String r2 = Fixtures.record(api, t, p, Fixtures.negative("ADMINISTRATIVE", "GENERAL", secondAct)).str("recordId");
        var before = subjects.find(t, p).orElseThrow();
        assertEquals("B", before.standing().grade(), "two general acts in the window: 一般失信");
        LocalDate leaves1 = firstAct.plusMonths(12);
        LocalDate leaves2 = secondAct.plusMonths(12);
        assertTrue(before.standing().changesOn().containsAll(List.of(leaves1, leaves2)), before.standing()::toString);

        assertEquals(0, job.run(cfg.current(t), leaves1.minusDays(1)), "nothing leaves the window before its day");
        assertEquals("B", subjects.find(t, p).orElseThrow().standing().grade());

        job.run(cfg.current(t), leaves1);
        var mid = subjects.find(t, p).orElseThrow();
        assertEquals("B", mid.standing().grade(), "one general act still counts");
        assertEquals(leaves1, mid.standing().asOf());
        assertTrue(mid.standing().explanation().stream().anyMatch(l -> l.recordId().equals(r1)
                && l.note().equals("outside window")), mid.standing()::toString);

        job.run(cfg.current(t), leaves2);
        var after = subjects.find(t, p).orElseThrow();
        assertEquals("A", after.standing().grade(), "no act left in the window: 守信");
        GradeChange last = subjects.history(t, p).stream().max(Comparator.comparingLong(GradeChange::sequence))
                .orElseThrow();
        assertEquals(EffectiveDateRegrade.CAUSE, last.cause());
        assertEquals(r2, last.causeRecordId());
        assertEquals("A", last.grade());
        long version = after.version();
        job.run(cfg.current(t), leaves2);
        assertEquals(version, subjects.find(t, p).orElseThrow().version(), "a second run of the day changes nothing");
    }

    @Test
    @DisplayName("Issue 12.9 / R-5.1: a SEVERITY_COUNT notice lists the acts that decided the class; explanations "
            + "carry the indicator's Chinese name (severity count and points)")
    void qualitativeResultsGiveTheirReasons() {
        String t = "130300";
        String e = Fixtures.register(api, t, "INSURED_EMPLOYER", "秦皇岛失信参保单位");
        String act = Fixtures.record(api, t, e, Fixtures.negative("ADMINISTRATIVE", "SERIOUS",
                LocalDate.of(2025, 5, 6))).str("recordId");
        run(t, Map.of("kind", "INSURED_EMPLOYER"));
        Map<String, Object> result = versions(t, e).get(0);
        assertEquals("C", result.get("grade"));
        @SuppressWarnings("unchecked") List<Map<String, Object>> lines = (List<Map<String, Object>>) result.get("explanation");
        assertEquals("严重失信行为", lines.get(0).get("indicatorName"), lines::toString);
        String body = notices(t, e, "PROPOSED_RESULT").get(0).get("bodyZh").toString();
        assertTrue(body.contains("严重失信行为 1 次"), body);
        assertTrue(body.contains(act), "the notice names the act's archive record: " + body);

        // Points: the profile's explanation names the item in Chinese, and so does a points notice.
        String h = Fixtures.register(api, "500119", "DESIGNATED_PHARMACY", "南川计分药店");
        Fixtures.record(api, "500119", h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 3, 1)));
        Response profile = api.get("/subjects/" + h, officer("500119"));
        assertEquals("县级以上医疗保障行政部门严重行政处罚", profile.str("subject.grade.explanation.0.indicatorName"),
                profile::toString);
        run("500119", Map.of("kind", "DESIGNATED_PHARMACY"));
        String pointsBody = notices("500119", h, "PROPOSED_RESULT").get(0).get("bodyZh").toString();
        assertTrue(pointsBody.contains("县级以上医疗保障行政部门严重行政处罚 -150 分"), pointsBody);
    }

    @Test
    @DisplayName("Issue 12.10 (004 §43): Guangdong's rulebook lapsed on 2026-06-30; a run and a publication say so "
            + "in the answer, a decision in its header, and the platform lists it; Nanchuan states no period")
    void lapsedRulebookIsFlagged() {
        String t = "440000";
        Fixtures.register(api, t, "INSURED_EMPLOYER", "广东失效办法参保单位");
        Response r = run(t, Map.of("kind", "INSURED_EMPLOYER"));
        assertEquals("LAPSED", r.str("rulebook.status"), r::toString);
        assertEquals(true, r.at("rulebook.lapsed"));
        assertEquals("2026-06-30", r.str("rulebook.inForceUntil"));
        assertEquals("004 §43", r.str("rulebook.basis"));
        assertEquals("RULEBOOK_LAPSED", r.str("rulebook.warning.code"));
        assertTrue(r.str("rulebook.warning.zh").contains("已经失效"));
        Response published = api.post("/cycles/2025/publications", officer(t), Map.of());
        assertEquals(200, published.status(), published::toString);
        assertEquals(true, published.at("rulebook.lapsed"));
        Response progress = api.get("/cycles/2025/runs", officer(t));
        assertEquals("LAPSED", progress.str("rulebook.status"));

        Response nanchuan = api.get("/cycles/2025/runs", officer("500119"));
        assertEquals("NOT_STATED", nanchuan.str("rulebook.status"), nanchuan::toString);
        assertEquals(false, nanchuan.at("rulebook.lapsed"));
        assertNull(nanchuan.at("rulebook.warning"));

        // A decision under it: the stored answer is the case, the flag is the header.
        String h = Fixtures.register(api, t, "DESIGNATED_HOSPITAL", "广东异议医院");
        String rec = Fixtures.record(api, t, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", Fixtures.today()))
                .str("recordId");
        Response filed = api.post("/subjects/" + h + "/objections", TestIdentity.subject(t, h), Map.of("target", "RECORD",
                "targetId", rec, "ground", "INCONSISTENT_WITH_FACTS", "statement", "处罚所列事实与本院不符"));
        assertEquals(201, filed.status(), filed::toString);
        String caseId = filed.str("caseId");
        String reviewer = TestIdentity.bureau(t, "bureau_reviewer");
        assertTrue(api.post("/subjects/" + h + "/objections/" + caseId + "/acceptance", reviewer, Map.of()).status() < 300);
        Response decided = api.post("/subjects/" + h + "/objections/" + caseId + "/decision", reviewer,
                Map.of("outcome", "MAINTAINED", "reasons", "处罚事实清楚"));
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("LAPSED; configVersion=1; until=2026-06-30", decided.header("Yixin-Rulebook"), decided::toString);

        Response all = api.get("/platform/tenants", TestIdentity.operator());
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.list().size() >= 7);
        Response attention = api.get("/platform/tenants?rulebook=ATTENTION", TestIdentity.operator());
        assertEquals(200, attention.status(), attention::toString);
        assertEquals(1, attention.list().size(), attention::toString);
        assertEquals("440000", attention.str("0.tenantId"));
        assertEquals("LAPSED", attention.str("0.rulebook.status"));
        Response bad = api.get("/platform/tenants?rulebook=SOON", TestIdentity.operator());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("rulebook", bad.str("field"));
        assertFalse(bad.body().contains("SOON"), "the value is not echoed");
    }
}
