package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nanchuan's 2024 cycle for designated hospitals end to end, through the proxy handler over DynamoDB Local: facts,
 * run, exclusions, notices with the objection deadline, publication after the window
 * an objection holding publication, validity until superseded, a correction after publication
 * making a new version and a notice, queries and statistics. Then the bad inputs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationCycleTest {

    static final String NC = "500119";
    static final int YEAR = 2024;
    static ApiUnderTest api;
    static String clean, penalised, penaltyRecord, endedItself, noFund, lateRecord, failedRenewal;
    static LocalDate deadline;

    @BeforeAll
    static void setUp() {
        api = EvaluationApi.get();
        clean = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院甲");
        penalised = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院乙");
        penaltyRecord = Fixtures.record(api, NC, penalised,
                Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(YEAR, 3, 1))).str("recordId");
        endedItself = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院丙");
        EvaluationApi.facts(NC, endedItself, Map.of("agreement",
                Map.of("status", "ENDED_BY_SUBJECT", "endedOn", YEAR + "-06-30", "note", "主动申请解除")));
        noFund = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院丁");
        EvaluationApi.facts(NC, noFund, Map.of("fundExpenditure", Map.of("year", YEAR, "amountYuan", "0")));
        failedRenewal = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院戊");
        EvaluationApi.facts(NC, failedRenewal, Map.of("agreement",
                        Map.of("status", "ENDED_FAILED_RENEWAL", "endedOn", YEAR + "-12-31"),
                "fundExpenditure", Map.of("year", YEAR, "amountYuan", "120000.50")));
        lateRecord = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川测试医院己");
        // In effect only after the period: the 2024 result must not see it (records in effect on 2024-12-31, R-3.3).
        Fixtures.record(api, NC, lateRecord, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(YEAR + 1, 2, 1)));
        Response d = api.get("/calendar/deadlines?from=" + Fixtures.today() + "&timeline=OBJECTION_FILING",
                EvaluationApi.officer(NC));
        deadline = LocalDate.parse(d.str("due"));
    }

    @Test
    @Order(1)
    @DisplayName("R-5.6 facts: recorded on the subject and read back; yuan kept to the fen")
    void factsReadBack() {
        Response r = api.get("/subjects/" + failedRenewal + "/facts", EvaluationApi.officer(NC));
        assertEquals(200, r.status(), r::toString);
        assertEquals("ENDED_FAILED_RENEWAL", r.str("agreement.status"));
        assertEquals("2024-12-31", r.str("agreement.endedOn"));
        assertEquals(120000.5, ((Number) r.at("fundExpenditure.0.amountYuan")).doubleValue());
    }

    @Test
    @Order(2)
    @DisplayName("R-5.4/R-5.6/R-5.7 a run gives every hospital one proposed result (or 'not evaluated' and why) and one notice with the deadline")
    void runProducesProposedResultsAndNotices() {
        Response r = EvaluationApi.run(NC, YEAR, Map.of("kind", "DESIGNATED_HOSPITAL"));
        assertEquals(200, r.status(), r::toString);
        assertEquals(true, r.at("complete"));
        assertEquals(6, ((Number) r.at("runs.0.total")).intValue());
        assertEquals(6, ((Number) r.at("runs.0.done")).intValue());
        assertEquals(1, ((Number) r.at("runs.0.configVersion")).intValue());

        assertResult(clean, "B", 850, null);
        assertResult(penalised, "C", 700, null);
        assertResult(lateRecord, "B", 850, null);
        assertResult(endedItself, "NOT_EVALUATED", null, "AGREEMENT_ENDED_BY_SUBJECT");
        assertResult(noFund, "NOT_EVALUATED", null, "NO_FUND_EXPENDITURE");
        assertResult(failedRenewal, "NOT_EVALUATED", null, "AGREEMENT_NOT_RENEWED");

        // The subject reads its own notice in its website inbox, with the deadline in working days (001 §25: 10).
        Response inbox = api.get("/me/notices", TestIdentity.subject(NC, penalised));
        assertEquals(200, inbox.status(), inbox::toString);
        List<Object> notices = inbox.list();
        assertEquals(1, notices.size(), inbox::toString);
        assertEquals("PROPOSED_RESULT", inbox.str("0.kind"));
        assertEquals(deadline.toString(), inbox.str("0.deadline"));
        assertTrue(inbox.str("0.bodyZh").contains("C（中等）"), inbox::toString);
        assertTrue(inbox.str("0.bodyZh").contains("10 个工作日"), inbox::toString);
        assertTrue(EvaluationApi.notices(NC, endedItself, "PROPOSED_RESULT").get(0).get("bodyZh").toString()
                .contains("主动解除服务协议"));
    }

    @Test
    @Order(3)
    @DisplayName("R-5.4 running the same cycle again creates no result and no notice twice")
    void rerunIsANoOp() {
        List<String> before = EvaluationApi.wholeTable();
        Response r = EvaluationApi.run(NC, YEAR, Map.of("kind", "DESIGNATED_HOSPITAL"));
        assertEquals(200, r.status(), r::toString);
        assertEquals(before, EvaluationApi.wholeTable());
        for (String s : List.of(clean, penalised, endedItself, noFund, failedRenewal, lateRecord)) {
            assertEquals(1, EvaluationApi.versions(NC, s).size());
            assertEquals(1, EvaluationApi.notices(NC, s, "PROPOSED_RESULT").size());
        }
    }

    @Test
    @Order(4)
    @DisplayName("R-5.8 results by kind and grade, paged; statistics by kind and grade; progress")
    void queriesAndStatistics() {
        String off = EvaluationApi.officer(NC);
        Response ne = api.get("/cycles/" + YEAR + "/results?kind=DESIGNATED_HOSPITAL&grade=NOT_EVALUATED", off);
        assertEquals(200, ne.status(), ne::toString);
        assertEquals(3, ((List<?>) ne.at("items")).size());
        Response page1 = api.get("/cycles/" + YEAR + "/results?kind=DESIGNATED_HOSPITAL&limit=4", off);
        assertEquals(4, ((List<?>) page1.at("items")).size());
        assertNotNull(page1.str("nextCursor"));
        Response page2 = api.get("/cycles/" + YEAR + "/results?kind=DESIGNATED_HOSPITAL&limit=4&cursor="
                + page1.str("nextCursor"), off);
        assertEquals(2, ((List<?>) page2.at("items")).size());

        Response stats = api.get("/cycles/" + YEAR + "/statistics", off);
        assertEquals(200, stats.status(), stats::toString);
        assertEquals(6, ((Number) stats.at("total")).intValue());
        assertEquals(2, ((Number) stats.at("byGrade.B")).intValue());
        assertEquals(1, ((Number) stats.at("byGrade.C")).intValue());
        assertEquals(3, ((Number) stats.at("byGrade.NOT_EVALUATED")).intValue());
        assertEquals("DESIGNATED_HOSPITAL", stats.str("kinds.0.kind"));

        Response progress = api.get("/cycles/" + YEAR + "/runs", off);
        assertEquals(100, ((Number) progress.at("runs.0.percent")).intValue());
        assertEquals("COMPLETED", progress.str("runs.0.status"));

        assertEquals(400, api.get("/cycles/" + YEAR + "/results?kind=DESIGNATED_HOSPITAL&cursor=bogus", off).status());
        assertEquals(403, api.get("/cycles/" + YEAR + "/statistics", TestIdentity.subject(NC, clean)).status());
    }

    @Test
    @Order(5)
    @DisplayName("R-5.7/R-6.4 nothing publishes inside the window; after it, all but the result under objection publish; then that one")
    void publication() {
        String off = EvaluationApi.officer(NC);
        Response now = api.post("/cycles/" + YEAR + "/publications", off, Map.of());
        assertEquals(200, now.status(), now::toString);
        assertEquals(0, ((Number) now.at("published")).intValue());
        assertEquals("PROPOSED", EvaluationApi.versions(NC, clean).get(0).get("status"));

        CycleResults results = api.context().getBean(CycleResults.class);
        assertEquals("UNDER_OBJECTION", results.markUnderObjection(NC, penalised, YEAR, "CASE-TEST-1").status().name());

        // The nightly sweep on the day after the deadline publishes what is due. A sweep only runs for a day that has
        // come (issue 12.4), so the clock moves there for the sweeps (and back when the suite ends).
        Response early = api.request("POST", "/platform/sweeps?day=" + deadline.plusDays(1))
                .token(TestIdentity.operator()).send();
        assertEquals("SWEEP_DAY_IN_FUTURE", early.str("code"), early::toString);
        java.time.Duration toSweepDay = java.time.Duration.ofDays(
                java.time.temporal.ChronoUnit.DAYS.between(Fixtures.today(), deadline.plusDays(1)));
        EvaluationApi.clock().advance(toSweepDay);
        try {
            Response sweep = api.request("POST", "/platform/sweeps?day=" + deadline.plusDays(1))
                    .token(TestIdentity.operator()).send();
            assertEquals(200, sweep.status(), sweep::toString);
            for (String s : List.of(clean, endedItself, noFund, failedRenewal, lateRecord)) {
                Response h = api.get("/subjects/" + s + "/results", off);
                assertEquals("PUBLISHED", h.str("versions.0.status"), h::toString);
                assertEquals(true, h.at("versions.0.current"));
                assertNotNull(h.str("current.validFrom"));
                assertNull(h.at("current.validUntil"));
            }
            assertEquals("UNDER_OBJECTION", EvaluationApi.versions(NC, penalised).get(0).get("status"));
            // Issue 14: each publication wrote its outbox event in its own transaction; the held one wrote none.
            for (String s : List.of(clean, endedItself, noFund, failedRenewal, lateRecord)) {
                assertEquals(1, resultEvents(s, 1), s);
            }
            assertEquals(0, resultEvents(penalised, 1), "a result under objection is not published, nor shared");

            // Objection decided, result maintained: it publishes at the next sweep.
            results.releaseObjection(NC, penalised, YEAR);
            EvaluationApi.clock().advance(java.time.Duration.ofDays(1));
            assertEquals(200, api.request("POST", "/platform/sweeps?day=" + deadline.plusDays(2))
                    .token(TestIdentity.operator()).send().status());
            // Publishing again finds nothing left to do.
            Response later = api.post("/cycles/" + YEAR + "/publications", off, Map.of());
            assertEquals(0, ((Number) later.at("published")).intValue(), later::toString);
            assertEquals(0, ((Number) later.at("waiting")).intValue());
            assertEquals("PUBLISHED", EvaluationApi.versions(NC, penalised).get(0).get("status"));
            assertEquals(1, resultEvents(penalised, 1), "published once, shared once");
            // A refused publication (the result is no longer PROPOSED) writes no event either.
            var repo = api.context().getBean(cn.yixin.store.EvaluationRepository.class);
            var current = repo.latest(NC, clean, YEAR).orElseThrow();
            assertFalse(repo.changeStatus(current.withStatus(cn.yixin.domain.evaluation.ResultStatus.PROPOSED, null),
                    cn.yixin.domain.evaluation.ResultStatus.PROPOSED, cn.yixin.domain.evaluation.ResultStatus.PUBLISHED,
                    java.time.Instant.now()));
            assertEquals(1, resultEvents(clean, 1), "the refused publication wrote no second event");
            // The subject sees its published result.
            Response mine = api.get("/subjects/" + penalised + "/results", TestIdentity.subject(NC, penalised));
            assertEquals("C", mine.str("current.grade"));
            assertEquals(true, api.get("/cycles/" + YEAR + "/runs", off).at("runs.0.allPublished"));
        } finally {
            // The later steps happen after publication: the clock goes back when the suite ends (other suites share it).
            shifted = toSweepDay.plusDays(1);
        }
    }

    /** How far the suite moved the shared movable clock; moved back after the last step. */
    static java.time.Duration shifted = java.time.Duration.ZERO;

    @org.junit.jupiter.api.AfterAll
    static void clockBack() {
        EvaluationApi.clock().advance(shifted.negated());
    }

    @Test
    @Order(6)
    @DisplayName("R-5.5/R-5.7 a correction after publication makes version 2 with reason and basis, notified; version 1 valid until it")
    void correctionAfterPublication() {
        Response c = api.post("/subjects/" + penalised + "/records/" + penaltyRecord + "/corrections",
                EvaluationApi.officer(NC), Map.of("reason", "处罚决定已被撤销", "withdraw", true));
        assertEquals(201, c.status(), c::toString);
        List<Map<String, Object>> v = EvaluationApi.versions(NC, penalised);
        assertEquals(2, v.size());
        assertEquals("C", v.get(0).get("grade"));
        assertEquals("B", v.get(1).get("grade"));
        assertEquals("PUBLISHED", v.get(1).get("status"));
        assertEquals("CORRECTION", v.get(1).get("cause"));
        // Issue 14: the revised published result is shared as version 2's event, written with the revision.
        assertEquals(1, resultEvents(penalised, 2));
        assertEquals("处罚决定已被撤销", v.get(1).get("reason"));
        assertTrue(v.get(1).get("basis").toString().contains(penaltyRecord));
        assertEquals(v.get(1).get("validFrom"), v.get(0).get("validUntil"));
        assertEquals(false, v.get(0).get("current"));
        assertEquals(true, v.get(1).get("current"));
        List<Map<String, Object>> changed = EvaluationApi.notices(NC, penalised, "RESULT_CHANGED");
        assertEquals(1, changed.size());
        assertTrue(changed.get(0).get("bodyZh").toString().contains("处罚决定已被撤销"));
        // The statistics follow the revision; the listing shows only the latest version.
        Response stats = api.get("/cycles/" + YEAR + "/statistics", EvaluationApi.officer(NC));
        assertEquals(3, ((Number) stats.at("byGrade.B")).intValue());
        assertNull(stats.at("byGrade.C"));
        assertEquals(3, ((List<?>) api.get("/cycles/" + YEAR + "/results?kind=DESIGNATED_HOSPITAL&grade=B",
                EvaluationApi.officer(NC)).at("items")).size());
        // Asking again changes nothing (same outcome): no version 3, no second notice.
        Response again = api.post("/subjects/" + penalised + "/results/" + YEAR + "/revisions",
                TestIdentity.bureau(NC, "bureau_reviewer"),
                Map.of("cause", "REVISION", "reason", "复核", "basis", "复核意见"));
        assertEquals(200, again.status(), again::toString);
        assertEquals(false, again.at("changed"));
        assertEquals(2, EvaluationApi.versions(NC, penalised).size());
    }

    @Test
    @Order(7)
    @DisplayName("R-5.4 bad starts — period not ended, unknown version, kind not enabled, bad year — are problem+json and write nothing")
    void badStarts() {
        List<String> before = EvaluationApi.wholeTable();
        int thisYear = Fixtures.today().getYear();
        expect(EvaluationApi.run(NC, thisYear, Map.of("kind", "DESIGNATED_HOSPITAL")), 400, "PERIOD_NOT_ENDED");
        expect(EvaluationApi.run(NC, 2023, Map.of("kind", "DESIGNATED_HOSPITAL", "configVersion", 99)), 404,
                "CONFIG_VERSION_NOT_FOUND");
        expect(EvaluationApi.run(NC, 2023, Map.of("kind", "COMMERCIAL_INSURER")), 400, "SUBJECT_KIND_NOT_ENABLED");
        expect(EvaluationApi.run(NC, 1999, Map.of()), 400, "INVALID_CYCLE_YEAR");
        expect(EvaluationApi.run(NC, 2023, Map.of("kind", "NOT_A_KIND")), 400, null);
        // A run under way keeps its version: asking for another one is a conflict.
        api.context().getBean(cn.yixin.store.TenantConfigRepository.class); // (version 2 does not exist: 404 above)
        assertEquals(before, EvaluationApi.wholeTable());
        assertEquals(0, ((List<?>) api.get("/cycles/2023/runs", EvaluationApi.officer(NC)).at("runs")).size());
        // Roles: only bureau admins and officers start runs; only admins run what-ifs.
        assertEquals(403, api.post("/cycles/2023/runs", TestIdentity.bureau(NC, "auditor"), Map.of()).status());
        assertEquals(403, api.post("/cycles/2023/runs", TestIdentity.subject(NC, clean), Map.of()).status());
        assertEquals(before, EvaluationApi.wholeTable());
    }

    @Test
    @Order(8)
    @DisplayName("R-5.6 bad facts: ended without a date, a kind without agreements, negative or sub-fen amounts; nothing written")
    void badFacts() {
        List<String> before = EvaluationApi.wholeTable();
        String off = EvaluationApi.officer(NC);
        expect(api.post("/subjects/" + clean + "/facts", off, Map.of("agreement", Map.of("status", "ENDED_BY_SUBJECT"))),
                400, "AGREEMENT_ENDED_ON_MISMATCH");
        expect(api.post("/subjects/" + clean + "/facts", off, Map.of("fundExpenditure", Map.of("year", 2024, "amountYuan", "-1"))),
                400, "INVALID_AMOUNT");
        expect(api.post("/subjects/" + clean + "/facts", off, Map.of("fundExpenditure", Map.of("year", 2024, "amountYuan", "1.005"))),
                400, "INVALID_AMOUNT");
        expect(api.post("/subjects/" + clean + "/facts", off, Map.of()), 400, "FACTS_EMPTY");
        String doctor = Fixtures.register(api, NC, "NURSE", "护士测试");
        before = EvaluationApi.wholeTable();
        expect(api.post("/subjects/" + doctor + "/facts", off, Map.of("fundExpenditure", Map.of("year", 2024, "amountYuan", "1"))),
                400, "FACTS_NOT_APPLICABLE");
        expect(api.post("/subjects/S-nobody/facts", off, Map.of("fundExpenditure", Map.of("year", 2024, "amountYuan", "1"))),
                404, "SUBJECT_NOT_FOUND");
        assertEquals(before, EvaluationApi.wholeTable());
        // Another subject's results answer as if it did not exist (R-5.8: authorised query only).
        assertEquals(404, api.get("/subjects/" + clean + "/results", TestIdentity.subject(NC, penalised)).status());
        // Another tenant cannot see these results at all.
        assertEquals(404, api.get("/subjects/" + clean + "/results", EvaluationApi.officer("500000")).status());
    }

    private static void expect(Response r, int status, String code) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        if (code != null) {
            assertEquals(code, r.str("code"), r::toString);
        }
    }

    private static void assertResult(String subjectId, String grade, Integer score, String exclusion) {
        List<Map<String, Object>> v = EvaluationApi.versions(NC, subjectId);
        assertEquals(1, v.size(), v::toString);
        Map<String, Object> r = v.get(0);
        assertEquals(grade, r.get("grade"), r::toString);
        assertEquals(score, r.get("score") == null ? null : ((Number) r.get("score")).intValue());
        assertEquals("PROPOSED", r.get("status"));
        assertEquals(YEAR + "-12-31", r.get("asOf"));
        assertEquals(deadline.toString(), r.get("objectionDeadline"));
        assertEquals(exclusion == null, r.get("evaluated"));
        if (exclusion != null) {
            @SuppressWarnings("unchecked") Map<String, Object> ex = (Map<String, Object>) r.get("exclusion");
            assertEquals(exclusion, ex.get("code"));
            assertTrue(ex.get("basis").toString().startsWith("001 §23"));
        }
        assertEquals(1, EvaluationApi.notices(NC, subjectId, "PROPOSED_RESULT").size());
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> mutable(Map<String, Object> m) {
        return new HashMap<>(new LinkedHashMap<>(m));
    }

    /** Issue 14: how many outbox events share version {@code version} of the subject's YEAR result. */
    private static long resultEvents(String subjectId, int version) {
        var outbox = new cn.yixin.store.DynamoOutboxRepository(
                api.context().getBean(cn.yixin.store.DynamoClients.class), "yixin");
        String id = cn.yixin.domain.exchange.SharingPolicy.resultPublishedId(NC, subjectId, YEAR, version);
        return outbox.pending(NC, 10_000).stream().filter(i -> i.event().eventId().equals(id)).count();
    }
}
