package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.yixin.api.objection.ObjectionTestSupport.cases;
import static cn.yixin.api.objection.ObjectionTestSupport.file;
import static cn.yixin.api.objection.ObjectionTestSupport.hospitalWithPenalty;
import static cn.yixin.api.objection.ObjectionTestSupport.objection;
import static cn.yixin.api.objection.ObjectionTestSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filing objections through the proxy handler: in time, marked, refused when wrong. */
class ObjectionFilingTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    @Test
    @DisplayName("R-6.1/R-6.4: the subject files online with evidence; the record is marked in archive and profile; "
            + "the application form and notice are issued; the same Idempotency-Key twice is one case")
    void fileOnline() {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        String s = sr[0];
        String rec = sr[1];
        String att = upload(api, "500119", s);
        Response r = api.request("POST", "/subjects/" + s + "/objections").token(TestIdentity.subject("500119", s))
                .header("Idempotency-Key", "objection-" + s).json(objection(rec, List.of(att))).send();
        assertEquals(201, r.status(), r::toString);
        String caseId = r.str("caseId");
        assertEquals("FILED", r.str("status"));
        assertEquals("ONLINE", r.str("channel"));
        assertEquals(Fixtures.today().toString(), r.str("receivedOn"));
        assertEquals(Fixtures.today().toString(), r.str("noticeDate"), "a record's notice day is its entry day");
        assertNotNull(r.str("decisionDue"));
        assertEquals("500119", r.str("handler"), "R-6.5: the bureau that recorded it handles it");
        assertEquals(List.of(att), r.at("attachments"));
        Response again = api.request("POST", "/subjects/" + s + "/objections").token(TestIdentity.subject("500119", s))
                .header("Idempotency-Key", "objection-" + s).json(objection(rec, List.of(att))).send();
        assertEquals(201, again.status());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(caseId, again.str("caseId"));
        assertEquals(1, cases(api, "500119", s), "one case for one key");

        Response archive = api.get("/subjects/" + s + "/records", TestIdentity.subject("500119", s));
        assertEquals(caseId, archive.str("entries.0.underObjection"), "R-6.4 mark on the archive entry");
        Response profile = api.get("/subjects/" + s, TestIdentity.bureau("500119", "bureau_officer"));
        assertEquals(caseId, profile.str("underObjection." + rec), "R-6.4 mark on the profile");
        Response me = api.get("/me", TestIdentity.subject("500119", s));
        assertEquals(caseId, me.str("underObjection." + rec));

        Response docs = api.get("/subjects/" + s + "/documents", TestIdentity.subject("500119", s));
        assertEquals("OBJECTION_APPLICATION", docs.str("0.kind"));
        assertTrue(docs.body().contains("SHA-256"), "evidence listed with its content hash");
        Response text = api.request("GET", "/subjects/" + s + "/documents/DOC-" + caseId + "-OBJECTION_APPLICATION")
                .token(TestIdentity.subject("500119", s)).header("accept", "text/plain").send();
        assertTrue(text.body().startsWith("信用信息异议申请书"), text::toString);
        Response notices = api.get("/me/notices", TestIdentity.subject("500119", s));
        assertTrue(notices.body().contains("OBJECTION_FILED"), notices::toString);

        Response pending = file(api, "500119", s, objection(rec, List.of()));
        assertEquals(409, pending.status());
        assertEquals("ALREADY_UNDER_OBJECTION", pending.str("code"));
        assertEquals(1, cases(api, "500119", s));
    }

    @Test
    @DisplayName("R-6.1 bad input: unknown record, another subject's record, ground not in the list, missing statement, "
            + "a result-only ground, another subject's attachment, an unknown result: problem+json, nothing written")
    void badInput() {
        String[] mine = hospitalWithPenalty(api, "500119", null);
        String[] theirs = hospitalWithPenalty(api, "500119", null);
        String s = mine[0];
        String foreignAttachment = upload(api, "500119", theirs[0]);
        assertProblem(404, "RECORD_NOT_FOUND", s, objection("Rnope", List.of()));
        assertProblem(404, "RECORD_NOT_FOUND", s, objection(theirs[1], List.of()));
        Map<String, Object> ground = new LinkedHashMap<>(objection(mine[1], List.of()));
        ground.put("ground", "NOT_A_GROUND");
        assertProblem(400, "INVALID_VALUE", s, ground);
        Map<String, Object> noStatement = new LinkedHashMap<>(objection(mine[1], List.of()));
        noStatement.remove("statement");
        assertProblem(400, "STATEMENT_REQUIRED", s, noStatement);
        Map<String, Object> resultGround = new LinkedHashMap<>(objection(mine[1], List.of()));
        resultGround.put("ground", "DISAGREES_WITH_RESULT");
        assertProblem(400, "GROUND_NOT_FOR_TARGET", s, resultGround);
        assertProblem(404, "ATTACHMENT_NOT_FOUND", s, objection(mine[1], List.of(foreignAttachment)));
        Map<String, Object> result = new LinkedHashMap<>(objection("2026", List.of()));
        result.put("target", "RESULT");
        result.put("ground", "DISAGREES_WITH_RESULT");
        assertProblem(404, "RESULT_NOT_FOUND", s, result);
        Map<String, Object> dated = new LinkedHashMap<>(objection(mine[1], List.of()));
        dated.put("receivedOn", "2026-10-01");
        assertProblem(403, "OFFLINE_OBJECTION_BY_BUREAU", s, dated);
        // Another subject's token on this subject's path: it does not exist for them.
        Response other = api.post("/subjects/" + s + "/objections", TestIdentity.subject("500119", theirs[0]),
                objection(mine[1], List.of()));
        assertEquals(404, other.status());
        assertEquals(0, cases(api, "500119", s), "nothing written");
        assertNull(api.get("/subjects/" + s + "/records", TestIdentity.subject("500119", s)).at("entries.0.underObjection"));
    }

    @Test
    @DisplayName("Attachments for objections: oversized and wrong-type uploads are refused before any case exists")
    void attachmentLimits() {
        String s = hospitalWithPenalty(api, "440300", null)[0];
        Response exe = api.request("POST", "/subjects/" + s + "/attachments").token(TestIdentity.subject("440300", s))
                .bytes("application/x-msdownload", new byte[]{'M', 'Z', 0, 0}).send();
        assertEquals(400, exe.status());
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", exe.str("code"));
        assertTrue(exe.header("Content-Type").startsWith("application/problem+json"));
        byte[] big = new byte[5 * 1024 * 1024];
        System.arraycopy(ObjectionTestSupport.PDF, 0, big, 0, ObjectionTestSupport.PDF.length);
        Response large = api.request("POST", "/subjects/" + s + "/attachments").token(TestIdentity.subject("440300", s))
                .bytes("application/pdf", big).send();
        assertEquals(400, large.status(), large::toString);
    }

    /**
     * per tenant, registered offline by staff with the notice and received dates: the last day of the
     * window is in time, the next working day is refused with the deadline; decision due = received + decision days.
     */
    @ParameterizedTest(name = "{0}: notice {1}, window ends {2}, late on {3}")
    @CsvSource({
            // Shenzhen 5 working days across National Day, the make-up Saturday 10-10 is the last day
            "440300, 2026-09-28, 2026-10-10, 2026-10-12, 2026-10-30",
            // Nanchuan 10 working days across Spring Festival (make-up Saturdays 2-14 and 2-28)
            "500119, 2026-02-12, 2026-03-04, 2026-03-05, 2026-03-25",
            // Guangdong 5 working days (from its tenant file), notice on a holiday
            "440000, 2026-10-03, 2026-10-13, 2026-10-14, 2026-11-03",
            // Sichuan 10 working days (its tenant file's default) across Mid-Autumn and National Day
            "510000, 2026-09-24, 2026-10-15, 2026-10-16, 2026-11-05",
            // Qinhuangdao 10 working days; its decision window of 15 crosses the Dragon Boat Festival (6-19)
            "130300, 2026-06-01, 2026-06-15, 2026-06-16, 2026-07-07"
    })
    void windowsPerTenant(String tenant, String notice, String lastDay, String late, String decisionDue) {
        String[] sr = hospitalWithPenalty(api, tenant, null);
        Response refused = offline(tenant, sr, notice, late);
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("OBJECTION_WINDOW_CLOSED", refused.str("code"));
        assertEquals(lastDay, refused.str("details.deadline"), "the refusal names the deadline it missed");
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(0, cases(api, tenant, sr[0]));
        Response ok = offline(tenant, sr, notice, lastDay);
        assertEquals(201, ok.status(), ok::toString);
        assertEquals("OFFLINE", ok.str("channel"));
        assertEquals(lastDay, ok.str("filingDue"));
        assertEquals(decisionDue, ok.str("decisionDue"));
    }

    @Test
    @DisplayName("R-6.1 offline: staff must give the received date, not in the future; staff cannot file 'online'")
    void offlineRules() {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        Map<String, Object> body = new LinkedHashMap<>(objection(sr[1], List.of()));
        body.put("channel", "OFFLINE");
        Response missing = api.post("/subjects/" + sr[0] + "/objections", TestIdentity.bureau("500119", "bureau_officer"), body);
        assertEquals("RECEIVED_ON_REQUIRED", missing.str("code"));
        body.put("receivedOn", Fixtures.today().plusDays(1).toString());
        assertEquals("RECEIVED_ON_IN_FUTURE", api.post("/subjects/" + sr[0] + "/objections",
                TestIdentity.bureau("500119", "bureau_officer"), body).str("code"));
        body.put("channel", "ONLINE");
        assertEquals(403, api.post("/subjects/" + sr[0] + "/objections",
                TestIdentity.bureau("500119", "bureau_officer"), body).status());
        assertEquals(403, api.post("/subjects/" + sr[0] + "/objections",
                TestIdentity.bureau("500119", "auditor"), body).status(), "auditors do not register objections");
        assertEquals(0, cases(api, "500119", sr[0]));
    }

    static Response offline(String tenant, String[] sr, String notice, String received) {
        Map<String, Object> body = new LinkedHashMap<>(objection(sr[1], List.of()));
        body.put("channel", "OFFLINE");
        body.put("noticeReceivedOn", notice);
        body.put("receivedOn", received);
        return api.post("/subjects/" + sr[0] + "/objections", TestIdentity.bureau(tenant, "bureau_officer"), body);
    }

    private static void assertProblem(int status, String code, String subjectId, Map<String, Object> body) {
        Response r = file(api, "500119", subjectId, body);
        assertEquals(status, r.status(), r::toString);
        assertEquals(code, r.str("code"), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
    }
}
