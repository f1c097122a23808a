package cn.yixin.api.disclosure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17, 004 §21: authorised real-time query — consent, the third party's query, revocation, the query log. */
class ConsentQueryTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    static Response grant(String tenant, String subject, Object body) {
        return api.post("/subjects/" + subject + "/consents", TestIdentity.subject(tenant, subject), body);
    }

    static Map<String, Object> body(String part, Object until) {
        return Map.of("grantee", "中国测试银行深圳分行", "purpose", "贷款审批", "part", part, "until", String.valueOf(until));
    }

    static Response query(String token, String subjectId) {
        var r = api.request("POST", "/public/consent-queries").json(Map.of("subjectId", subjectId));
        if (token != null) {
            r.header("X-Consent-Token", token);
        }
        return r.send();
    }

    /** Every item of the table, read page by page: whether any attribute holds {@code text}. */
    static boolean tableContains(String text) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            var res = api.dynamo().scan(software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
                    .tableName("yixin").exclusiveStartKey(start).build());
            if (res.items().toString().contains(text)) {
                return true;
            }
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return false;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Response r, String path) {
        return (List<Map<String, Object>>) r.at(path);
    }

    @Test
    @DisplayName("004 §21: a GRADE consent answers the grade only, GRADE_AND_SCORE adds the score, FULL_REPORT the masked report; every query is logged for the subject")
    void partsAnswerExactly() {
        String h = Fixtures.register(api, "440300", "DESIGNATED_HOSPITAL", "授权查询测试医院");
        Fixtures.record(api, "440300", h, negative("ADMINISTRATIVE", "GENERAL", today().minusDays(2)));
        Response profile = api.get("/subjects/" + h, TestIdentity.subject("440300", h));
        Map<?, ?> grade = (Map<?, ?>) ((Map<?, ?>) profile.at("subject")).get("grade");

        Response g = grant("440300", h, body("GRADE", today().plusDays(30)));
        assertEquals(201, g.status(), g::toString);
        String token = g.str("token");
        assertTrue(token.matches("C440300\\.[A-Za-z0-9_-]{43}"), token);
        assertEquals("ACTIVE", g.str("consent.status"));
        Response onlyGrade = query(token, h);
        assertEquals(200, onlyGrade.status(), onlyGrade::toString);
        assertEquals(grade.get("grade"), onlyGrade.str("grade"));
        assertNull(onlyGrade.at("score"), "a GRADE consent shows no score");
        assertNull(onlyGrade.at("report"));

        String withScore = grant("440300", h, body("GRADE_AND_SCORE", today().plusDays(10))).str("token");
        Response scored = query(withScore, h);
        assertEquals(200, scored.status(), scored::toString);
        assertEquals(((Number) grade.get("score")).intValue(), ((Number) scored.at("score")).intValue());
        assertNull(scored.at("report"));

        String full = grant("440300", h, body("FULL_REPORT", today())).str("token");
        Response report = query(full, h);
        assertEquals(200, report.status(), report::toString);
        assertNotNull(report.at("report"));
        assertFalse(list(report, "report.records").isEmpty(), "the records in effect");
        Response staffView = api.get("/subjects/" + h, TestIdentity.bureau("440300", "auditor"));
        assertEquals(((Map<?, ?>) staffView.at("subject")).get("identifier"), report.str("report.subject.identifier"),
                "a third party sees the identifier as staff do (an institution's code is public, R-2.2)");

        // An individual: name and resident ID masked for the third party, in clear only for the doctor itself.
        String doctor = Fixtures.register(api, "440300", "DOCTOR", "钱授权");
        Map<?, ?> own = (Map<?, ?>) api.get("/subjects/" + doctor, TestIdentity.subject("440300", doctor)).at("subject");
        Response doc = query(grant("440300", doctor, body("FULL_REPORT", today())).str("token"), doctor);
        assertEquals(200, doc.status(), doc::toString);
        assertFalse(doc.body().contains((String) own.get("identifier")), "the resident ID is masked: " + doc.body());
        assertFalse(doc.body().contains("钱授权"), "an individual's name is masked");

        Response mine = api.get("/subjects/" + h + "/consents", TestIdentity.subject("440300", h));
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(3, list(mine, "consents").size());
        assertFalse(mine.body().contains(token), "the token is never shown again");
        List<Map<String, Object>> looked = list(mine, "queries");
        assertEquals(3, looked.size(), mine::toString);
        assertTrue(looked.stream().allMatch(q -> "ANSWERED".equals(q.get("outcome"))
                && "中国测试银行深圳分行".equals(q.get("grantee")) && q.get("at") != null));
        assertEquals(List.of("FULL_REPORT", "GRADE_AND_SCORE", "GRADE"), looked.stream().map(q -> q.get("part")).toList());
        assertFalse(tableContains(token), "only the token's digest is stored");
    }

    @Test
    @DisplayName("004 §21: a revoked consent, an unknown token or one used for another subject answers a refusal and nothing more; the refusal is logged")
    void refusals() {
        String a = Fixtures.register(api, "440300", "DESIGNATED_PHARMACY", "授权撤销测试药店");
        String b = Fixtures.register(api, "440300", "DESIGNATED_PHARMACY", "另一测试药店");
        Response g = grant("440300", a, body("GRADE_AND_SCORE", today().plusDays(5)));
        String token = g.str("token");
        String consentId = g.str("consent.consentId");

        Response other = query(token, b);
        assertEquals(403, other.status(), other::toString);
        assertEquals("CONSENT_REFUSED", other.str("code"));
        assertFalse(other.body().contains("另一测试药店") || other.body().contains(a) || other.body().contains("grade"));

        Response revoked = api.post("/subjects/" + a + "/consents/" + consentId + "/revocation",
                TestIdentity.subject("440300", a), Map.of());
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.str("status"));
        Response again = api.post("/subjects/" + a + "/consents/" + consentId + "/revocation",
                TestIdentity.subject("440300", a), Map.of());
        assertEquals(revoked.str("revokedAt"), again.str("revokedAt"), "the first revocation's time stands");

        Response after = query(token, a);
        assertEquals(403, after.status(), after::toString);
        assertEquals("CONSENT_REFUSED", after.str("code"));
        assertEquals(other.body().replaceAll("\"instance\":\"[^\"]*\"", ""), after.body().replaceAll("\"instance\":\"[^\"]*\"", ""),
                "revoked and other-subject refusals read the same");
        for (String bad : new String[]{null, "nonsense", "C440300.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "C510000" + token.substring(7), "C999999" + token.substring(7)}) {
            Response no = query(bad, a);
            assertEquals(403, no.status(), bad + ": " + no);
            assertEquals("CONSENT_REFUSED", no.str("code"));
        }
        List<Map<String, Object>> looked = list(api.get("/subjects/" + a + "/consents", TestIdentity.subject("440300", a)), "queries");
        assertEquals(List.of("REFUSED_REVOKED", "REFUSED_OTHER_SUBJECT"), looked.stream().map(q -> q.get("outcome")).toList());
        // Another tenant's staff cannot list them; another subject cannot grant or revoke for this one.
        assertEquals(404, api.get("/subjects/" + a + "/consents", TestIdentity.bureau("510000", "auditor")).status());
        Response foreign = api.post("/subjects/" + a + "/consents", TestIdentity.subject("440300", b), body("GRADE", today()));
        assertEquals(404, foreign.status(), foreign::toString);
    }

    @Test
    @DisplayName("004 §21: a part that does not exist, an expiry in the past or beyond the tenant's maximum (disclosure.consentMaxDays) is a problem, and nothing is written")
    void badGrants() {
        String h = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "授权输入测试医院");
        Response part = grant("440000", h, body("EVERYTHING", today().plusDays(1)));
        assertEquals(400, part.status(), part::toString);
        assertTrue(part.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(part.body().contains("part"), part::toString);

        Response past = grant("440000", h, body("GRADE", today().minusDays(1)));
        assertEquals(400, past.status(), past::toString);
        assertEquals("CONSENT_UNTIL_PAST", past.str("code"));
        assertEquals("until", past.str("field"));
        assertTrue(past.str("messages.zh").contains("今天") && past.str("messages.en").contains("before today"));

        Response late = grant("440000", h, body("GRADE", today().plusDays(366)));
        assertEquals(400, late.status(), late::toString);
        assertEquals("CONSENT_UNTIL_TOO_LATE", late.str("code"));
        assertTrue(late.str("messages.zh").contains("365"), late::toString);
        assertEquals(201, grant("440000", h, body("GRADE", today().plusDays(365))).status(), "the maximum itself is allowed");

        Response sloppyDate = grant("440000", h, body("GRADE", "2026-1-5"));
        assertEquals(400, sloppyDate.status(), sloppyDate::toString);

        Response staff = api.post("/subjects/" + h + "/consents", TestIdentity.bureau("440000", "bureau_admin"),
                body("GRADE", today().plusDays(1)));
        assertEquals(403, staff.status(), "only the subject itself grants: " + staff);
        assertEquals(1, list(api.get("/subjects/" + h + "/consents", TestIdentity.subject("440000", h)), "consents").size(),
                "only the valid grant was written");
    }
}
