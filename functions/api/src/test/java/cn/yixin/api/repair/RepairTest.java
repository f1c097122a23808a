package cn.yixin.api.repair;

import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credit repair end to end through the payload-2.0 proxy handler over DynamoDB Local (R-9.1–9.5, R-11.2, R-10.1),
 * with a clock the suite sets, so a publicity can be walked across the 2026 National Day block. The suite has its
 * own API instance (its own clock and table); every test makes its own subjects.
 */
class RepairTest {

    static final String GD = "440000";
    static final String NC = "500119";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static ApiUnderTest api;
    static RepairClock clock;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test", "repair-clock");
        clock = api.context().getBean(RepairClock.class);
        clock.setDay(LocalDate.of(2026, 9, 29));
        api.onboardAll();
    }

    // ------------------------------------------------------------------ helpers

    static String reviewer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_reviewer");
    }

    static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    static String record(String tenant, String subject, Map<String, Object> body) {
        Response r = api.post("/subjects/" + subject + "/records", officer(tenant), body);
        assertEquals(201, r.status(), r::toString);
        return r.str("recordId");
    }

    static String upload(String tenant, String subject) {
        Response r = api.request("POST", "/subjects/" + subject + "/attachments")
                .token(TestIdentity.subject(tenant, subject)).header("X-File-Name", "rectification.pdf")
                .bytes("application/pdf", PDF).send();
        assertEquals(201, r.status(), r::toString);
        return r.str("attachmentId");
    }

    static Map<String, Object> application(String recordId, String attachment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordId", recordId);
        m.put("rectification", "已全额退回违规使用的医保基金并完成整改，建立内部稽核制度。");
        m.put("commitment", true);
        m.put("attachments", attachment == null ? List.of() : List.of(attachment));
        return m;
    }

    static Response apply(String tenant, String subject, Map<String, Object> body) {
        return api.post("/subjects/" + subject + "/repairs", TestIdentity.subject(tenant, subject), body);
    }

    static String grade(String tenant, String subject) {
        return api.get("/subjects/" + subject, officer(tenant)).str("subject.grade.grade");
    }

    static Object score(String tenant, String subject) {
        return api.get("/subjects/" + subject, officer(tenant)).at("subject.grade.score");
    }

    static Response decide(String tenant, String subject, String repair, String decision, String reasons) {
        return api.post("/subjects/" + subject + "/repairs/" + repair + "/decisions", reviewer(tenant),
                Map.of("decision", decision, "reasons", reasons));
    }

    static Response sweep(LocalDate day) {
        Response r = api.request("POST", "/platform/sweeps?day=" + day).token(TestIdentity.operator()).send();
        assertEquals(200, r.status(), r::toString);
        for (Object o : (List<?>) r.at("lines")) {
            assertNull(((Map<?, ?>) o).get("error"), () -> "sweep line failed: " + o);
        }
        return r;
    }

    static int changed(Response sweep, String tenant, String job) {
        int n = 0;
        for (Object o : (List<?>) sweep.at("lines")) {
            Map<?, ?> line = (Map<?, ?>) o;
            if (tenant.equals(line.get("tenantId")) && job.equals(line.get("job"))) {
                n += ((Number) line.get("changed")).intValue();
            }
        }
        return n;
    }

    static List<String> kinds(Response list) {
        List<String> out = new ArrayList<>();
        for (Object o : list.list()) {
            out.add(String.valueOf(((Map<?, ?>) o).get("kind")));
        }
        return out;
    }

    static Map<?, ?> publication(String tenant, String subject, String recordId) {
        Response r = api.get("/subjects/" + subject + "/publications", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        for (Object o : r.list()) {
            if (recordId.equals(((Map<?, ?>) o).get("recordId"))) {
                return (Map<?, ?>) o;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ tests

    @Test
    @DisplayName("R-9.2–9.4 Guangdong (IMMEDIATE): apply, publicise 5 working days across National Day 2026 (ends 10-12), "
            + "public objection dismissed, the sweep repairs on 10-13 and the grade is restored at once")
    void guangdongRepairAcrossNationalDay() {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "广州修复测试医院");
        String clean = grade(GD, h);
        Object cleanScore = score(GD, h);
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 6, 1)));
        assertNotEquals(cleanScore, score(GD, h), "the penalty costs points");

        String att = upload(GD, h);
        Response first = api.request("POST", "/subjects/" + h + "/repairs").token(TestIdentity.subject(GD, h))
                .header("Idempotency-Key", "repair-gd-0001").json(application(rec, att)).send();
        assertEquals(201, first.status(), first::toString);
        assertEquals("SUBMITTED", first.str("status"));
        String repair = first.str("repairId");
        // R-9.2 idempotency: the same submission again is answered from the first and creates nothing.
        Response again = api.request("POST", "/subjects/" + h + "/repairs").token(TestIdentity.subject(GD, h))
                .header("Idempotency-Key", "repair-gd-0001").json(application(rec, att)).send();
        assertEquals(201, again.status());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(repair, again.str("repairId"));
        assertEquals(1, api.get("/subjects/" + h + "/repairs", TestIdentity.subject(GD, h)).list().size());
        // Another application for the same record while this one is open is refused.
        Response dup = apply(GD, h, application(rec, att));
        assertEquals(409, dup.status());
        assertEquals("REPAIR_ALREADY_OPEN", dup.str("code"));

        // The reviewer's queue has it; the reviewer intends to repair, deciding on version 1.
        Response queue = api.get("/repairs?status=SUBMITTED&limit=200", reviewer(GD));
        assertTrue(queue.body().contains(repair));
        Response intent = api.request("POST", "/subjects/" + h + "/repairs/" + repair + "/decisions")
                .token(reviewer(GD)).header("If-Match", "1")
                .json(Map.of("decision", "INTEND_TO_REPAIR", "reasons", "整改到位，符合修复条件")).send();
        assertEquals(200, intent.status(), intent::toString);
        assertEquals("PUBLICISING", intent.str("status"));
        // R-10.1: 9-30 (1), 10-1..10-7 holiday, 10-8 (2), 10-9 (3), Saturday 10-10 make-up workday (4), 10-12 (5).
        assertEquals("2026-10-12", intent.str("publicityEndsOn"));
        // A stale decision (version 1) loses: one decision wins.
        Response stale = api.request("POST", "/subjects/" + h + "/repairs/" + repair + "/decisions")
                .token(reviewer(GD)).header("If-Match", "1")
                .json(Map.of("decision", "REFUSE", "reasons", "重复决定")).send();
        assertEquals(409, stale.status());
        assertEquals("REPAIR_VERSION_MISMATCH", stale.str("code"));

        // The public reads the publicity without a token, and objects.
        String pub = intent.str("publicityId");
        Response page = api.request("GET", "/public/repair-publicity/" + pub).send();
        assertEquals(200, page.status(), page::toString);
        assertEquals("广州修复测试医院", page.str("subjectName"));
        assertEquals("广东省医疗保障局", page.str("issuer"));
        assertFalse(page.body().contains(h), "the public page does not reveal the subject id");
        Response tooShort = api.request("POST", "/public/repair-publicity/" + pub + "/objections").json(Map.of("text", "不同意")).send();
        assertEquals(400, tooShort.status());
        Response objection = api.request("POST", "/public/repair-publicity/" + pub + "/objections")
                .json(Map.of("text", "该医院整改后仍存在同类违规行为，请核实。")).send();
        assertEquals(201, objection.status(), objection::toString);
        String objectionId = objection.str("objectionId");

        // Before the publicity ends nothing can be executed.
        Response early = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(GD), Map.of());
        assertEquals(409, early.status());
        assertEquals("PUBLICITY_NOT_OVER", early.str("code"));
        clock.setDay(LocalDate.of(2026, 10, 12));
        assertEquals(0, changed(sweep(LocalDate.of(2026, 10, 12)), GD, "repair-publicity-end"), "last day of publicity");

        // After it, a pending objection blocks execution until ruled on.
        clock.setDay(LocalDate.of(2026, 10, 13));
        Response blocked = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(GD), Map.of());
        assertEquals(409, blocked.status());
        assertEquals("OBJECTION_PENDING", blocked.str("code"));
        Response subjectView = api.get("/subjects/" + h + "/repairs/" + repair, TestIdentity.subject(GD, h));
        assertNull(subjectView.at("objections.0.text"), "the subject does not see the objector's text");
        Response dismissed = api.post("/subjects/" + h + "/repairs/" + repair + "/objections/" + objectionId + "/rulings",
                reviewer(GD), Map.of("upheld", false, "reasons", "经核查，所称违规行为发生在整改前"));
        assertEquals(200, dismissed.status(), dismissed::toString);
        assertEquals("PUBLICISING", dismissed.str("status"));

        // The daily sweep executes it: R-9.4 effects, grade restored at once (Guangdong §38).
        // (Other tests' due applications in this tenant may be executed by the same sweep.)
        assertTrue(changed(sweep(LocalDate.of(2026, 10, 13)), GD, "repair-publicity-end") >= 1);
        assertEquals(0, changed(sweep(LocalDate.of(2026, 10, 13)), GD, "repair-publicity-end"), "idempotent");
        Response done = api.get("/subjects/" + h + "/repairs/" + repair, TestIdentity.subject(GD, h));
        assertEquals("REPAIRED", done.str("status"));
        assertEquals("2026-10-13", done.str("repairedOn"));
        assertEquals("2026-10-12", done.str("lastScoringDay"));
        assertEquals("2026-10-13", done.str("punishmentsEndedOn"));
        assertEquals(true, done.at("regraded"));
        assertEquals(clean, grade(GD, h));
        assertEquals(cleanScore, score(GD, h));
        // The explanation shows the repair: the original is superseded, the repair entry no longer in effect.
        Response profile = api.get("/subjects/" + h, TestIdentity.subject(GD, h));
        assertTrue(profile.body().contains(done.str("repairRecordId")), profile::toString);
        Response archive = api.get("/subjects/" + h + "/records", TestIdentity.subject(GD, h));
        assertTrue(archive.body().contains("【已信用修复】"), archive::toString);
        assertEquals(true, archive.at("chainIntact"));
        // Publication: repaired, and the public page is gone (shielded).
        assertEquals("REPAIRED", publication(GD, h, rec).get("state"));
        assertEquals(404, api.request("GET", "/public/repair-publicity/" + pub).send().status());
        // R-9.3 documents in Chinese and a notice at each change.
        Response docs = api.get("/subjects/" + h + "/documents", TestIdentity.subject(GD, h));
        assertTrue(docs.body().contains("REPAIR_APPLICATION") && docs.body().contains("REPAIR_RESULT_FEEDBACK")
                && docs.body().contains("REPAIR_CONFIRMATION") && docs.body().contains("信用修复确认书"), docs::toString);
        Response notices = api.get("/subjects/" + h + "/notices", TestIdentity.subject(GD, h));
        for (String kind : List.of("REPAIR_SUBMITTED", "REPAIR_PUBLICISING", "REPAIR_OBJECTION_RECEIVED", "REPAIRED")) {
            assertTrue(notices.body().contains(kind), kind + " in " + notices);
        }
        // Executing again is a state conflict, and writes nothing.
        Response twice = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(GD), Map.of());
        assertEquals(409, twice.status());
    }

    @Test
    @DisplayName("R-9.4 Nanchuan (NEXT_CYCLE, 001 §34): the archive changes at repair, the grade stays this cycle and "
            + "the sweep re-grades on 2027-01-01")
    void nanchuanRegradesFromNextCycle() {
        clock.setDay(LocalDate.of(2026, 11, 2));
        String h = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "南川修复测试医院");
        String clean = grade(NC, h);
        Object cleanScore = score(NC, h);
        String rec = record(NC, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 9, 1)));
        Object penalised = score(NC, h);
        String penalisedGrade = grade(NC, h);
        assertNotEquals(cleanScore, penalised);
        Response a = apply(NC, h, application(rec, upload(NC, h)));
        assertEquals(201, a.status(), a::toString);
        String repair = a.str("repairId");
        Response intent = decide(NC, h, repair, "INTEND_TO_REPAIR", "符合修复条件");
        assertEquals(200, intent.status(), intent::toString);
        assertEquals("2026-11-09", intent.str("publicityEndsOn"));
        clock.setDay(LocalDate.of(2026, 11, 10));
        Response exec = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(NC), Map.of());
        assertEquals(200, exec.status(), exec::toString);
        // The archive changed now; this cycle's grade did not.
        assertEquals(penalised, exec.at("subject.grade.score"));
        assertEquals(penalisedGrade, grade(NC, h));
        Response done = api.get("/subjects/" + h + "/repairs/" + repair, reviewer(NC));
        assertEquals("2026-12-31", done.str("lastScoringDay"));
        assertEquals("2027-01-01", done.str("regradeOn"));
        assertEquals(false, done.at("regraded"));
        assertEquals("REPAIRED", publication(NC, h, rec).get("state"));
        Response docs = api.get("/subjects/" + h + "/documents", TestIdentity.subject(NC, h));
        assertTrue(docs.body().contains("REPAIR_CONFIRMATION") && docs.body().contains("下一评价周期"), docs::toString);
        // Last day of the cycle: nothing yet.
        clock.setDay(LocalDate.of(2026, 12, 31));
        sweep(LocalDate.of(2026, 12, 31));
        assertEquals(false, api.get("/subjects/" + h + "/repairs/" + repair, reviewer(NC)).at("regraded"));
        assertEquals(penalisedGrade, grade(NC, h));
        // First day of the next cycle: the sweep re-grades without the repaired record.
        clock.setDay(LocalDate.of(2027, 1, 1));
        assertTrue(changed(sweep(LocalDate.of(2027, 1, 1)), NC, "repair-next-cycle-regrade") >= 1);
        assertEquals(cleanScore, score(NC, h));
        assertEquals(clean, grade(NC, h));
        assertEquals(0, changed(sweep(LocalDate.of(2027, 1, 1)), NC, "repair-next-cycle-regrade"), "idempotent");
        assertTrue(api.get("/subjects/" + h + "/notices", reviewer(NC)).body().contains("REPAIR_REGRADED"));
        clock.setDay(LocalDate.of(2026, 9, 29));
    }

    @Test
    @DisplayName("R-5.7/R-9.4 an executed repair revises the published cycle result: Guangdong (IMMEDIATE) makes a new "
            + "published version with cause REPAIR and tells the subject; Nanchuan (NEXT_CYCLE) keeps this cycle's result")
    void executedRepairRevisesThePublishedResult() {
        Map<String, String> versionsAfter = new LinkedHashMap<>();
        for (String tenant : List.of(GD, NC)) {
            clock.setDay(LocalDate.of(2026, 9, 29));
            String h = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "修复改评测试医院" + tenant);
            String rec = record(tenant, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 6, 1)));
            // The 2025 cycle sees the penalty; its result is published once the objection window has closed.
            Response run = api.post("/cycles/2025/runs", officer(tenant), Map.of("kind", "DESIGNATED_HOSPITAL"));
            assertEquals(200, run.status(), run::toString);
            LocalDate deadline = LocalDate.parse(String.valueOf(resultVersions(tenant, h).get(0).get("objectionDeadline")));
            Response a = apply(tenant, h, application(rec, upload(tenant, h)));
            assertEquals(201, a.status(), a::toString);
            String repair = a.str("repairId");
            assertEquals(200, decide(tenant, h, repair, "INTEND_TO_REPAIR", "整改到位，符合修复条件").status());
            clock.setDay(deadline.plusDays(1));
            Response published = api.post("/cycles/2025/publications", officer(tenant), Map.of());
            assertEquals(200, published.status(), published::toString);
            List<Map<String, Object>> before = resultVersions(tenant, h);
            assertEquals(1, before.size(), before::toString);
            assertEquals("PUBLISHED", before.get(0).get("status"));

            Response exec = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(tenant), Map.of());
            assertEquals(200, exec.status(), exec::toString);
            List<Map<String, Object>> after = resultVersions(tenant, h);
            long changedNotices = api.get("/subjects/" + h + "/notices", officer(tenant)).list().stream()
                    .filter(n -> "RESULT_CHANGED".equals(((Map<?, ?>) n).get("kind"))).count();
            versionsAfter.put(tenant, after.size() + " versions, " + changedNotices + " RESULT_CHANGED");
            if (tenant.equals(GD)) {
                assertEquals(2, after.size(), after::toString);
                assertEquals("REPAIR", after.get(1).get("cause"));
                assertEquals("PUBLISHED", after.get(1).get("status"), "a published result's new version is published");
                assertEquals(true, after.get(1).get("current"));
                assertEquals(false, after.get(0).get("current"));
                assertNotEquals(after.get(0).get("score"), after.get(1).get("score"), "the repaired record no longer counts");
                assertTrue(String.valueOf(after.get(1).get("basis")).contains(repair), after::toString);
            }
        }
        assertEquals(Map.of(GD, "2 versions, 1 RESULT_CHANGED", NC, "1 versions, 0 RESULT_CHANGED"), versionsAfter);
        clock.setDay(LocalDate.of(2026, 9, 29));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> resultVersions(String tenant, String subject) {
        Response r = api.get("/subjects/" + subject + "/results", officer(tenant));
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) r.at("versions");
    }

    @Test
    @DisplayName("R-9.1/R-11.2 ineligible applications are refused at once with the rule and the date, and write nothing")
    void ineligibleAndBadApplications() {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "不符合条件测试医院");
        String att = upload(GD, h);
        String serious = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2026, 3, 1)));
        Response notYet = apply(GD, h, application(serious, att));
        assertEquals(422, notYet.status(), notYet::toString);
        assertEquals("REPAIR_NOT_YET_ELIGIBLE", notYet.str("code"));
        assertEquals("2027-03-01", notYet.str("details.eligibleFrom"));
        assertEquals("R-11.2", notYet.str("details.rule"));
        String general = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2026, 7, 1)));
        assertEquals("2026-10-01", apply(GD, h, application(general, att)).str("details.eligibleFrom"));
        String positive = record(GD, h, Fixtures.positive("HONOUR", LocalDate.of(2026, 1, 5)));
        assertEquals("NOT_A_DISHONESTY_RECORD", apply(GD, h, application(positive, att)).str("code"));
        Map<String, Object> court = Fixtures.negative("JUDICIAL", "GENERAL", LocalDate.of(2025, 1, 6));
        court.put("source", "COURT");
        String fromCourt = record(GD, h, court);
        Response atSource = apply(GD, h, application(fromCourt, att));
        assertEquals(422, atSource.status());
        assertEquals("REPAIR_AT_SOURCE", atSource.str("code"));
        String old = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 3, 3)));
        Map<String, Object> noCommitment = application(old, att);
        noCommitment.put("commitment", false);
        assertEquals("REPAIR_COMMITMENT_REQUIRED", apply(GD, h, noCommitment).str("code"));
        assertEquals("REPAIR_EVIDENCE_REQUIRED", apply(GD, h, application(old, null)).str("code"));
        String other = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "别家医院");
        assertEquals(404, apply(GD, h, application(old, upload(GD, other))).status(), "another subject's attachment");
        assertEquals(404, apply(GD, h, application("R000000000000000000000000", att)).status());
        Map<String, Object> shortText = application(old, att);
        shortText.put("rectification", "已整改");
        assertEquals(400, apply(GD, h, shortText).status());
        Response malformed = api.request("POST", "/subjects/" + h + "/repairs").token(TestIdentity.subject(GD, h))
                .body("application/json", "{\"recordId\": ").send();
        assertEquals(400, malformed.status());
        assertTrue(malformed.header("Content-Type").startsWith("application/problem+json"));
        // Staff cannot apply on the subject's behalf; another subject cannot apply for this one.
        assertEquals(403, api.post("/subjects/" + h + "/repairs", officer(GD), application(old, att)).status());
        assertEquals(404, api.post("/subjects/" + h + "/repairs", TestIdentity.subject(GD, other), application(old, att)).status());
        // Nothing of the above was written.
        assertEquals(0, api.get("/subjects/" + h + "/repairs", officer(GD)).list().size());
        assertEquals(201, apply(GD, h, application(old, att)).status(), "the eligible one is accepted");
    }

    @Test
    @DisplayName("R-9.3 refusal in writing; an upheld public objection refuses; a refused record may be applied for again")
    void refusals() {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "拒绝测试药店");
        String att = upload(GD, h);
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 12, 1)));
        String first = apply(GD, h, application(rec, att)).str("repairId");
        Response refused = decide(GD, h, first, "REFUSE", "整改材料不完整，未退回违规金额");
        assertEquals(200, refused.status(), refused::toString);
        assertEquals("REFUSED", refused.str("status"));
        Response docs = api.get("/subjects/" + h + "/documents", TestIdentity.subject(GD, h));
        assertTrue(docs.body().contains("不予信用修复告知书"), docs::toString);
        assertEquals(409, decide(GD, h, first, "INTEND_TO_REPAIR", "改变主意").status());

        Response second = apply(GD, h, application(rec, att));
        assertEquals(201, second.status(), "the lock is released when refused: " + second);
        String repair = second.str("repairId");
        String pub = decide(GD, h, repair, "INTEND_TO_REPAIR", "补正后符合条件").str("publicityId");
        String objection = api.request("POST", "/public/repair-publicity/" + pub + "/objections")
                .json(Map.of("text", "该药店仍在以药换药、套取医保基金，请核实。")).send().str("objectionId");
        Response upheld = api.post("/subjects/" + h + "/repairs/" + repair + "/objections/" + objection + "/rulings",
                reviewer(GD), Map.of("upheld", true, "reasons", "经现场核查，异议反映情况属实"));
        assertEquals(200, upheld.status(), upheld::toString);
        assertEquals("REFUSED", upheld.str("status"));
        assertTrue(upheld.str("reasons").contains("异议"));
        assertEquals("OBJECTION_ALREADY_RULED", api.post("/subjects/" + h + "/repairs/" + repair + "/objections/"
                + objection + "/rulings", reviewer(GD), Map.of("upheld", false, "reasons", "x")).str("code"));
        assertEquals(404, api.request("GET", "/public/repair-publicity/" + pub).send().status());
        assertEquals(409, api.request("POST", "/public/repair-publicity/" + pub + "/objections")
                .json(Map.of("text", "公示结束后再提出的异议内容。")).send().status());
        // Only the reviewer decides.
        assertEquals(403, api.post("/subjects/" + h + "/repairs/" + repair + "/decisions", officer(GD),
                Map.of("decision", "REFUSE", "reasons", "x")).status());
        assertEquals(400, decide(GD, h, repair, "MAYBE", "x").status());
    }

    @Test
    @DisplayName("R-9.5 false materials: a dishonesty record citing the application's number, once; the application is refused")
    void falseMaterials() {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "虚假材料测试医院");
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 12, 1)));
        Response a = apply(GD, h, application(rec, upload(GD, h)));
        String repair = a.str("repairId");
        String number = a.str("number");
        Response fm = api.post("/subjects/" + h + "/repairs/" + repair + "/false-materials", reviewer(GD),
                Map.of("summary", "整改报告中的退款凭证系伪造"));
        assertEquals(201, fm.status(), fm::toString);
        Response archive = api.get("/subjects/" + h + "/records", officer(GD));
        assertTrue(archive.body().contains("OTHER_MISCONDUCT") && archive.body().contains(number), archive::toString);
        assertEquals("REFUSED", api.get("/subjects/" + h + "/repairs/" + repair, reviewer(GD)).str("status"));
        Response again = api.post("/subjects/" + h + "/repairs/" + repair + "/false-materials", reviewer(GD),
                Map.of("summary", "整改报告中的退款凭证系伪造"));
        assertEquals(409, again.status());
        assertEquals("RECORD_ALREADY_EXISTS", again.str("code"));
    }

    @Test
    @DisplayName("R-11.2 publication ends by itself at the maximum period: the daily sweep of that day marks it once and "
            + "tells the subject; an old penalty recorded after its period is shown ended, and recorded with the subject's next")
    void publicationEndsAtMaximum() {
        clock.setDay(LocalDate.of(2026, 8, 25));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "公示期满测试医院");
        String expiring = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 9, 1)));
        String current = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 9, 1)));
        String imported = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 6, 1)));
        assertEquals("PUBLISHED", publication(GD, h, expiring).get("state"));
        assertEquals("2026-09-01", publication(GD, h, expiring).get("maximumEnds"));
        assertEquals("2028-09-01", publication(GD, h, current).get("maximumEnds"));
        assertEquals("2026-09-01", publication(GD, h, current).get("repairableFrom"));
        assertEquals("ENDED", publication(GD, h, imported).get("state"), "ended on 2026-06-01, before it was recorded");

        clock.setDay(LocalDate.of(2026, 8, 31));
        sweep(LocalDate.of(2026, 8, 31));
        assertEquals(0, endedNotices(h), "the last day of the period: still published");

        // Only subjects with a penalty date ending in the window are read: reading this one would hit the fault.
        String other = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "公示未满测试医院");
        record(GD, other, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 9, 2)));
        String otherPk = "T#" + GD + "#S#" + other;
        CatalogEnforcingDynamoDbClient.Fault readOther = api.faults().failOnce(r -> r instanceof QueryRequest q
                && q.expressionAttributeValues() != null && q.expressionAttributeValues().containsKey(":pk")
                && otherPk.equals(q.expressionAttributeValues().get(":pk").s()));
        SweepJob publicationEnd = api.context().getBean(SweepJob.class, Qualifiers.byName("publication-end"));
        clock.setDay(LocalDate.of(2026, 9, 1));
        assertTrue(publicationEnd.run(api.context().getBean(TenantDirectory.class).current(GD),
                LocalDate.of(2026, 9, 1)) >= 1);
        assertFalse(readOther.fired(), "a subject with nothing ending is not read");
        api.faults().cancel(readOther);
        assertEquals(0, changed(sweep(LocalDate.of(2026, 9, 1)), GD, "publication-end"), "already done by the job");
        assertEquals(0, changed(sweep(LocalDate.of(2026, 9, 1)), GD, "publication-end"), "once");
        assertEquals("2026-09-01", publication(GD, h, expiring).get("endedOn"));
        assertEquals("PUBLISHED", publication(GD, h, current).get("state"));
        // The subject was visited for the record ending today; its older ended record is recorded with it.
        assertEquals("ENDED", publication(GD, h, imported).get("state"));
        assertEquals("2026-06-01", publication(GD, h, imported).get("endedOn"));
        assertEquals(2, endedNotices(h));
        clock.setDay(LocalDate.of(2026, 9, 29));
    }

    static long endedNotices(String subject) {
        return api.get("/subjects/" + subject + "/notices", TestIdentity.subject(GD, subject)).list().stream()
                .filter(n -> "PUBLICATION_ENDED".equals(((Map<?, ?>) n).get("kind"))).count();
    }

    /** Fires {@code n} copies of one call at once (all threads released by one latch) and returns the answers. */
    static List<Response> atOnce(int n, Callable<Response> call) throws Exception {
        return cn.yixin.api.testing.StartingGate.copies(n, call);
    }

    /** Every answer is the first answer: one not replayed, the rest replayed with its status and body. */
    static Response sameAnswer(List<Response> answers, int status) {
        List<Response> first = answers.stream().filter(r -> r.header("Idempotent-Replayed") == null).toList();
        assertEquals(1, first.size(), () -> "one first answer: " + answers);
        for (Response r : answers) {
            assertEquals(status, r.status(), () -> "every retry answers the first answer: " + answers);
            assertEquals(first.get(0).body(), r.body());
        }
        return first.get(0);
    }

    @Test
    @DisplayName("Issue 10.3 / R-9.3, R-9.4: twenty retries of one Idempotency-Key in flight together, for DecideRepair, "
            + "RuleOnRepairObjection and ExecuteRepair, all answer the first answer, never 409; one repair entry")
    void retriesOfOneKeyReplay() throws Exception {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "重试测试医院");
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 12, 1)));
        String repair = apply(GD, h, application(rec, upload(GD, h))).str("repairId");
        String base = "/subjects/" + h + "/repairs/" + repair;
        String reviewer = reviewer(GD);
        Response intent = sameAnswer(atOnce(20, () -> api.request("POST", base + "/decisions").token(reviewer)
                .header("Idempotency-Key", "decide-" + repair)
                .json(Map.of("decision", "INTEND_TO_REPAIR", "reasons", "整改到位，符合修复条件")).send()), 200);
        assertEquals("PUBLICISING", intent.str("status"));
        Response objection = api.request("POST", "/public/repair-publicity/" + intent.str("publicityId") + "/objections")
                .json(Map.of("text", "该医院整改后仍存在同类违规行为，请核实。")).send();
        assertEquals(201, objection.status(), objection::toString);
        sameAnswer(atOnce(20, () -> api.request("POST", base + "/objections/" + objection.str("objectionId") + "/rulings")
                .token(reviewer).header("Idempotency-Key", "rule-" + repair)
                .json(Map.of("upheld", false, "reasons", "经核查，所称违规行为发生在整改前")).send()), 200);
        clock.setDay(LocalDate.of(2026, 10, 13));
        try {
            List<Response> executions = atOnce(20, () -> api.request("POST", base + "/executions").token(reviewer)
                    .header("Idempotency-Key", "execute-" + repair).json(Map.of()).send());
            Response first = sameAnswer(executions, executions.get(0).status());
            assertTrue(first.status() == 200 || first.status() == 201, first::toString);
        } finally {
            clock.setDay(LocalDate.of(2026, 9, 29));
        }
        Response a = api.get(base, reviewer);
        assertEquals("REPAIRED", a.str("status"));
        assertEquals(1, ((List<?>) a.at("history")).stream()
                .filter(e -> "REPAIRED".equals(((Map<?, ?>) e).get("event"))).count(), a::toString);
        Response archive = api.get("/subjects/" + h + "/records", reviewer);
        assertEquals(2, ((List<?>) archive.at("entries")).size(), "the record and exactly one repair entry");
    }

    @Test
    @DisplayName("Concurrency: of two simultaneous decisions on one application exactly one wins; the other is 409")
    void oneDecisionWins() throws Exception {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "并发测试医院");
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 12, 1)));
        String repair = apply(GD, h, application(rec, upload(GD, h))).str("repairId");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> both = List.of(
                    () -> decide(GD, h, repair, "INTEND_TO_REPAIR", "符合条件"),
                    () -> decide(GD, h, repair, "REFUSE", "不符合条件"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(both)) {
                statuses.add(f.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdown();
        }
        Response a = api.get("/subjects/" + h + "/repairs/" + repair, reviewer(GD));
        assertEquals(2, ((List<?>) a.at("history")).size(), "submitted + exactly one decision");
    }

    @Test
    @DisplayName("R-1.3 the public endpoints reach only a publicised application; ids of other tenants or shapes are not found")
    void publicEndpointsAreNarrow() {
        clock.setDay(LocalDate.of(2026, 9, 29));
        String h = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "公示隔离测试医院");
        String rec = record(GD, h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", LocalDate.of(2025, 12, 1)));
        String repair = apply(GD, h, application(rec, upload(GD, h))).str("repairId");
        String pub = decide(GD, h, repair, "INTEND_TO_REPAIR", "符合条件").str("publicityId");
        assertNotNull(pub);
        String otherTenant = "P" + NC + pub.substring(7);
        for (String id : List.of(otherTenant, "P999999" + pub.substring(7), "x", repair, pub + "0")) {
            Response r = api.request("GET", "/public/repair-publicity/" + id).send();
            assertEquals(404, r.status(), id + " -> " + r);
            assertEquals("PUBLICITY_NOT_FOUND", r.str("code"));
        }
        // Nothing else is reachable without a token.
        assertEquals(401, api.request("GET", "/subjects/" + h + "/repairs/" + repair).send().status());
        // At most three objections from one source.
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.request("POST", "/public/repair-publicity/" + pub + "/objections")
                    .json(Map.of("text", "第 " + i + " 条异议：请核实整改情况。")).send().status());
        }
        Response fourth = api.request("POST", "/public/repair-publicity/" + pub + "/objections")
                .json(Map.of("text", "第四条异议：请核实整改情况。")).send();
        assertEquals(422, fourth.status());
        assertEquals("TOO_MANY_OBJECTIONS", fourth.str("code"));
        // Another subject of the tenant does not see this application.
        String other = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "旁观医院");
        assertEquals(404, api.get("/subjects/" + h + "/repairs/" + repair, TestIdentity.subject(GD, other)).status());
        assertEquals(404, api.get("/subjects/" + h + "/repairs/" + repair, reviewer(NC)).status());
    }
}
