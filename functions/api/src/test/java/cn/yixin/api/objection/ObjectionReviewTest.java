package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.yixin.api.objection.ObjectionTestSupport.accept;
import static cn.yixin.api.objection.ObjectionTestSupport.decide;
import static cn.yixin.api.objection.ObjectionTestSupport.fileOk;
import static cn.yixin.api.objection.ObjectionTestSupport.hospitalWithPenalty;
import static cn.yixin.api.objection.ObjectionTestSupport.maintain;
import static cn.yixin.api.objection.ObjectionTestSupport.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review by the level above and the parent's narrow view of the child. */
class ObjectionReviewTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    /** A Shenzhen case decided (maintained) and escalated by the subject; returns {subjectId, recordId, caseId}. */
    static String[] escalated() {
        String[] sr = hospitalWithPenalty(api, "440300", null);
        String caseId = fileOk(api, "440300", sr[0], sr[1]);
        accept(api, "440300", sr[0], caseId);
        Response d = decide(api, TestIdentity.bureau("440300", "bureau_reviewer"), sr[0], caseId, maintain("处罚事实清楚"));
        assertEquals(200, d.status(), d::toString);
        Response r = api.post("/subjects/" + sr[0] + "/objections/" + caseId + "/review-requests",
                TestIdentity.subject("440300", sr[0]), Map.of("statement", "不服处理决定，请省局复核"));
        assertEquals(200, r.status(), r::toString);
        assertEquals("REVIEW_REQUESTED", r.str("status"));
        assertEquals("440000", r.str("review.reviewTenant"));
        return new String[]{sr[0], sr[1], caseId};
    }

    @Test
    @DisplayName("R-6.6/R-1.3: Guangdong's reviewer sees the escalated Shenzhen case and nothing else of Shenzhen; "
            + "its correction flows back into Shenzhen's archive and grade and is final")
    void parentReviews() {
        String[] e = escalated();
        String s = e[0];
        String caseId = e[2];
        String gd = TestIdentity.bureau("440000", "bureau_reviewer");
        assertEquals(caseId, api.get("/subjects/" + s + "/records", TestIdentity.subject("440300", s))
                .str("entries.0.underObjection"), "R-6.4: marked again while under review");

        Response list = api.get("/reviews", gd);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains(caseId));
        Response one = api.get("/reviews/" + caseId, gd);
        assertEquals(200, one.status(), one::toString);
        assertEquals("440300", one.str("tenantId"));

        // Nothing else of the child: its subject, archive, cases, documents, lists and a non-escalated case.
        String[] other = hospitalWithPenalty(api, "440300", null);
        String otherCase = fileOk(api, "440300", other[0], other[1]);
        assertEquals(404, api.get("/subjects/" + s, gd).status());
        assertEquals(404, api.get("/subjects/" + s + "/records", gd).status());
        assertEquals(404, api.get("/subjects/" + s + "/objections/" + caseId, gd).status());
        assertEquals(404, api.get("/subjects/" + s + "/documents", gd).status());
        assertEquals(404, api.get("/reviews/" + otherCase, gd).status());
        assertFalse(api.get("/reviews", gd).body().contains(otherCase));
        assertFalse(api.get("/objections", gd).body().contains(caseId), "the parent's own list is its own cases");
        // Another province's reviewer, and the child's own reviewer, do not reach the review.
        assertEquals(404, api.get("/reviews/" + caseId, TestIdentity.bureau("130000", "bureau_reviewer")).status());
        assertFalse(api.get("/reviews", TestIdentity.bureau("130000", "bureau_reviewer")).body().contains(caseId));
        assertEquals(404, api.post("/reviews/" + caseId + "/decision", TestIdentity.bureau("440300", "bureau_reviewer"),
                maintain("自己复核自己")).status());
        // The child may not decide a case under review.
        Response childDecides = decide(api, TestIdentity.bureau("440300", "bureau_reviewer"), s, caseId, maintain("再议"));
        assertEquals(409, childDecides.status());

        Response bad = api.post("/reviews/" + caseId + "/decision", gd, Map.of("outcome", "MAINTAINED"));
        assertEquals("REASONS_REQUIRED", bad.str("code"));
        Response decided = api.request("POST", "/reviews/" + caseId + "/decision").token(gd)
                .header("Idempotency-Key", "review-" + caseId).json(withdraw("原处理决定认定事实有误，予以撤销")).send();
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("REVIEWED", decided.str("status"));
        assertEquals("CORRECTED", decided.str("review.outcome"));
        Response replay = api.request("POST", "/reviews/" + caseId + "/decision").token(gd)
                .header("Idempotency-Key", "review-" + caseId).json(withdraw("原处理决定认定事实有误，予以撤销")).send();
        assertEquals("true", replay.header("Idempotent-Replayed"));

        Response archive = api.get("/subjects/" + s + "/records", TestIdentity.subject("440300", s));
        assertEquals(e[1], archive.str("entries.1.record.supersedes"), "corrected in the child's archive");
        assertTrue(archive.str("entries.1.record.recordedBy").startsWith("440000:"), "traceable to the parent's reviewer");
        assertEquals(null, archive.at("entries.0.underObjection"));
        Response c = api.get("/subjects/" + s + "/objections/" + caseId, TestIdentity.subject("440300", s));
        assertEquals("REVIEWED", c.str("status"));
        assertTrue(c.body().contains("DOC-" + caseId + "-OBJECTION_REVIEW_DECISION"));
        Response doc = api.request("GET", "/subjects/" + s + "/documents/DOC-" + caseId + "-OBJECTION_REVIEW_DECISION")
                .token(TestIdentity.subject("440300", s)).header("accept", "text/plain").send();
        assertTrue(doc.body().startsWith("异议复核决定书") && doc.body().contains("广东省医疗保障局"), doc::toString);
        assertTrue(api.get("/me/notices", TestIdentity.subject("440300", s)).body().contains("OBJECTION_REVIEWED"));
        Response again = api.post("/reviews/" + caseId + "/decision", gd, maintain("再次复核"));
        assertEquals(409, again.status(), "final");
    }

    @Test
    @DisplayName("Issue 12.8 / R-6.6: a case corrected on review shows the review's outcome at its top level, the "
            + "bureau's maintained decision kept as firstDecision")
    void reviewOutcomeIsTheOneInForce() {
        String[] e = escalated();
        String s = e[0];
        String caseId = e[2];
        Response before = api.get("/subjects/" + s + "/objections/" + caseId, TestIdentity.subject("440300", s));
        assertEquals("MAINTAINED", before.str("outcome"), "before the review, the bureau's decision is in force");
        assertEquals(null, before.at("firstDecision"));
        Response decided = api.post("/reviews/" + caseId + "/decision", TestIdentity.bureau("440000", "bureau_reviewer"),
                withdraw("原处理决定认定事实有误，予以撤销"));
        assertEquals(200, decided.status(), decided::toString);
        for (Response c : List.of(decided, api.get("/subjects/" + s + "/objections/" + caseId,
                TestIdentity.subject("440300", s)))) {
            assertEquals("CORRECTED", c.str("outcome"), c::toString);
            assertEquals("原处理决定认定事实有误，予以撤销", c.str("reasons"));
            assertEquals("440000", c.str("decidedByTenant"));
            assertEquals(c.str("review.correctionRecordId"), c.str("correctionRecordId"));
            assertEquals(c.str("review.decidedAt"), c.str("decidedAt"));
            assertEquals("MAINTAINED", c.str("firstDecision.outcome"));
            assertEquals("处罚事实清楚", c.str("firstDecision.reasons"));
            assertEquals("440300", c.str("firstDecision.tenantId"));
        }
    }

    @Test
    @DisplayName("R-6.6: only the subject asks for review, only after a decision, and only where there is a level above")
    void reviewRequestRules() {
        String[] sr = hospitalWithPenalty(api, "440000", null);
        String caseId = fileOk(api, "440000", sr[0], sr[1]);
        String path = "/subjects/" + sr[0] + "/objections/" + caseId + "/review-requests";
        Response early = api.post(path, TestIdentity.subject("440000", sr[0]), Map.of("statement", "不服"));
        assertEquals("OBJECTION_NOT_DECIDED", early.str("code"));
        accept(api, "440000", sr[0], caseId);
        decide(api, TestIdentity.bureau("440000", "bureau_reviewer"), sr[0], caseId, maintain("属实"));
        assertEquals(403, api.post(path, TestIdentity.bureau("440000", "bureau_admin"), Map.of("statement", "x")).status());
        Response top = api.post(path, TestIdentity.subject("440000", sr[0]), Map.of("statement", "不服"));
        assertEquals(422, top.status());
        assertEquals("NO_LEVEL_ABOVE", top.str("code"));
        Response noReason = api.post("/subjects/" + escalatable()[0] + "/objections/x/review-requests",
                TestIdentity.subject("440300", escalatable()[0]), Map.of());
        assertEquals(404, noReason.status());
        assertEquals(List.of(), api.get("/reviews", TestIdentity.bureau("510000", "bureau_reviewer")).list()
                .stream().filter(o -> o.toString().contains(caseId)).toList());
    }

    private static String[] escalatable() {
        return hospitalWithPenalty(api, "440300", null);
    }
}
