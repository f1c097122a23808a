package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.yixin.api.objection.ObjectionTestSupport.accept;
import static cn.yixin.api.objection.ObjectionTestSupport.decide;
import static cn.yixin.api.objection.ObjectionTestSupport.fileOk;
import static cn.yixin.api.objection.ObjectionTestSupport.hospitalWithPenalty;
import static cn.yixin.api.objection.ObjectionTestSupport.maintain;
import static cn.yixin.api.objection.ObjectionTestSupport.objection;
import static cn.yixin.api.objection.ObjectionTestSupport.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acceptance and decisions and the daily sweep of deadlines. */
class ObjectionDecisionTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    @Test
    @DisplayName("R-6.3: accepted, then corrected through the archive: grade recomputed, mark removed, subject "
            + "notified with the change and given the decision notice; a decision on the closed case is 409")
    void correct() {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        String s = sr[0];
        int before = ((Number) api.get("/subjects/" + s, TestIdentity.subject("500119", s)).at("subject.grade.score")).intValue();
        String caseId = fileOk(api, "500119", s, sr[1]);
        String reviewer = TestIdentity.bureau("500119", "bureau_reviewer");
        Response early = decide(api, reviewer, s, caseId, maintain("属实"));
        assertEquals(409, early.status());
        assertEquals("OBJECTION_NOT_ACCEPTED", early.str("code"));
        Response accepted = accept(api, "500119", s, caseId);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.str("status"));
        Response noCorrection = decide(api, reviewer, s, caseId, Map.of("outcome", "CORRECTED", "reasons", "有误"));
        assertEquals("CORRECTION_REQUIRED", noCorrection.str("code"));
        Response officer = decide(api, TestIdentity.bureau("500119", "bureau_officer"), s, caseId, withdraw("有误"));
        assertEquals(403, officer.status(), "deciding is for reviewers and admins");

        Response decided = decide(api, reviewer, s, caseId, withdraw("经核查，处罚决定已被撤销"));
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("DECIDED", decided.str("status"));
        assertEquals("CORRECTED", decided.str("outcome"));
        String correction = decided.str("correctionRecordId");
        assertNotNull(correction);
        assertNotNull(decided.str("reviewRequestDue"));

        Response profile = api.get("/subjects/" + s, TestIdentity.subject("500119", s));
        assertTrue(((Number) profile.at("subject.grade.score")).intValue() > before, "score recomputed upwards");
        assertEquals(Map.of(), profile.at("underObjection"), "mark removed");
        Response archive = api.get("/subjects/" + s + "/records", TestIdentity.subject("500119", s));
        assertEquals(correction, archive.str("entries.1.record.id"));
        assertEquals(sr[1], archive.str("entries.1.record.supersedes"));
        assertEquals(true, archive.at("entries.0.superseded"));
        assertTrue(archive.str("entries.1.record.summary").contains(caseId), "the correction names the case");
        Response notices = api.get("/me/notices", TestIdentity.subject("500119", s));
        assertTrue(notices.body().contains("OBJECTION_DECIDED") && notices.body().contains(correction), notices::toString);
        Response doc = api.request("GET", "/subjects/" + s + "/documents/DOC-" + caseId + "-OBJECTION_DECISION")
                .token(TestIdentity.subject("500119", s)).header("accept", "text/plain").send();
        assertTrue(doc.body().startsWith("异议处理决定书"), doc::toString);
        assertTrue(doc.body().contains("重庆市医疗保障局") || doc.body().contains("申请复核"), doc::toString);

        Response again = decide(api, reviewer, s, caseId, maintain("再次"));
        assertEquals(409, again.status());
        assertEquals("OBJECTION_ALREADY_DECIDED", again.str("code"), "R-6.3: decided once");
        assertEquals(2, ((List<?>) api.get("/subjects/" + s + "/records", reviewer).at("entries")).size(), "nothing written");
        Response history = api.get("/subjects/" + s + "/objections/" + caseId, TestIdentity.subject("500119", s));
        assertEquals(List.of("FILED", "ACCEPTED", "DECIDED"), actions(history));
    }

    @Test
    @DisplayName("R-6.3: maintaining needs reasons; with them the subject is told and the mark goes")
    void maintain_() {
        String[] sr = hospitalWithPenalty(api, "440300", null);
        String caseId = fileOk(api, "440300", sr[0], sr[1]);
        accept(api, "440300", sr[0], caseId);
        String reviewer = TestIdentity.bureau("440300", "bureau_reviewer");
        Response none = decide(api, reviewer, sr[0], caseId, Map.of("outcome", "MAINTAINED"));
        assertEquals(400, none.status());
        assertEquals("REASONS_REQUIRED", none.str("code"));
        Response ok = decide(api, reviewer, sr[0], caseId, maintain("经核查，处罚事实清楚，证据确凿"));
        assertEquals(200, ok.status(), ok::toString);
        assertEquals("MAINTAINED", ok.str("outcome"));
        assertNull(api.get("/subjects/" + sr[0] + "/records", reviewer).at("entries.0.underObjection"));
    }

    @Test
    @DisplayName("R-6.5: information from an external source is forwarded to that source on acceptance")
    void externalForwarded() {
        String[] sr = hospitalWithPenalty(api, "500119", "COURT");
        String caseId = fileOk(api, "500119", sr[0], sr[1]);
        Response r = accept(api, "500119", sr[0], caseId);
        assertEquals("FORWARDED_TO_SOURCE", r.str("status"));
        assertEquals("人民法院", r.str("forwardedTo"));
        Response d = decide(api, TestIdentity.bureau("500119", "bureau_admin"), sr[0], caseId,
                Map.of("outcome", "MAINTAINED", "reasons", "来源单位核查后维持", "sourceReply", "（2026）渝0119执1号复函"));
        assertEquals(200, d.status(), d::toString);
        assertTrue(d.str("reasons").contains("复函"));
    }

    @Test
    @DisplayName("Concurrency: two reviewers decide the same case at once; one wins, the other gets 409")
    void twoReviewers() throws Exception {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        String caseId = fileOk(api, "500119", sr[0], sr[1]);
        accept(api, "500119", sr[0], caseId);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Response>> answers = new ArrayList<>();
        List<Map<String, Object>> bodies = List.of(withdraw("撤销"), maintain("维持"));
        for (Map<String, Object> body : bodies) {
            String token = TestIdentity.bureau("500119", "bureau_reviewer");
            answers.add(pool.submit(() -> {
                go.await();
                return decide(api, token, sr[0], caseId, body);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> f : answers) {
            statuses.add(f.get().status());
        }
        pool.shutdown();
        statuses.sort(Integer::compareTo);
        assertEquals(List.of(200, 409), statuses, statuses::toString);
        Response c = api.get("/subjects/" + sr[0] + "/objections/" + caseId, TestIdentity.subject("500119", sr[0]));
        int entries = ((List<?>) api.get("/subjects/" + sr[0] + "/records", TestIdentity.subject("500119", sr[0])).at("entries")).size();
        assertEquals("CORRECTED".equals(c.str("outcome")) ? 2 : 1, entries, "the archive agrees with the winner");
        assertEquals(1, actions(c).stream().filter("DECIDED"::equals).count());
    }

    @Test
    @DisplayName("R-6.3/R-10.1: the daily sweep marks a case past its decision due day (across National Day) overdue, "
            + "once; the bureau lists it")
    void overdueSweep() {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        Map<String, Object> body = new LinkedHashMap<>(objection(sr[1], List.of()));
        body.put("channel", "OFFLINE");
        body.put("noticeReceivedOn", "2026-09-25");
        body.put("receivedOn", "2026-09-28");
        Response filed = api.post("/subjects/" + sr[0] + "/objections", TestIdentity.bureau("500119", "bureau_officer"), body);
        assertEquals(201, filed.status(), filed::toString);
        assertEquals("2026-10-23", filed.str("decisionDue"));
        String caseId = filed.str("caseId");
        sweep("2026-10-23");
        assertEquals(false, read(sr[0], caseId).at("overdue"), "not overdue on its due day");
        sweep("2026-10-26");
        sweep("2026-10-27");
        Response c = read(sr[0], caseId);
        assertEquals(true, c.at("overdue"));
        assertEquals(1, actions(c).stream().filter("OVERDUE"::equals).count(), "marked once");
        Response list = api.get("/objections?overdue=true", TestIdentity.bureau("500119", "auditor"));
        assertTrue(list.body().contains(caseId), list::toString);
        Response accepted = api.get("/objections?status=ACCEPTED", TestIdentity.bureau("500119", "auditor"));
        assertTrue(!accepted.body().contains(caseId));
        assertEquals(403, api.get("/objections", TestIdentity.subject("500119", sr[0])).status());
        assertTrue(!api.get("/objections?overdue=true", TestIdentity.bureau("440300", "auditor")).body().contains(caseId),
                "another tenant's list never shows it");
    }

    static void sweep(String day) {
        Response r = api.request("POST", "/platform/sweeps?day=" + day).token(TestIdentity.operator()).send();
        assertEquals(200, r.status(), r::toString);
        assertNotEquals(-1, r.body().indexOf("objection-deadlines"));
    }

    static Response read(String s, String caseId) {
        return api.get("/subjects/" + s + "/objections/" + caseId, TestIdentity.bureau("500119", "auditor"));
    }

    @SuppressWarnings("unchecked")
    static List<String> actions(Response c) {
        return ((List<Map<String, Object>>) c.at("history")).stream().map(m -> (String) m.get("action")).toList();
    }
}
