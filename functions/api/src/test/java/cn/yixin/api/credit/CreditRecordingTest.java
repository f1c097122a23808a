package cn.yixin.api.credit;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** –3.5: recording credit information into the append-only archive, corrections, and every bad input. */
class CreditRecordingTest {

    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau("500119", "bureau_officer");
    }

    private static int entries(String subject) {
        return ((List<?>) api.get("/subjects/" + subject + "/records", TestIdentity.bureau("500119", "auditor"))
                .at("entries")).size();
    }

    @Test
    @DisplayName("R-3.2: a dishonesty record without its legally effective basis document is refused and writes nothing")
    void basisRequired() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "依据测试医院");
        Map<String, Object> noBasis = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        noBasis.remove("basis");
        Response r = api.post("/subjects/" + s + "/records", officer, noBasis);
        assertEquals(400, r.status());
        assertEquals("BASIS_REQUIRED", r.str("code"));
        Map<String, Object> noNumber = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        noNumber.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "date", "2026-01-05", "issuer", "某局"));
        assertEquals("BASIS_REQUIRED", api.post("/subjects/" + s + "/records", officer, noNumber).str("code"));
        Map<String, Object> noSeverity = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        noSeverity.remove("severity");
        assertEquals("SEVERITY_REQUIRED", api.post("/subjects/" + s + "/records", officer, noSeverity).str("code"));
        assertEquals(0, entries(s));
        Response p = api.get("/subjects/" + s, officer);
        assertEquals(1, ((List<?>) p.at("history")).size(), "no grade change either");
    }

    @Test
    @DisplayName("R-3.5: a correction is a new entry pointing at the old one; the old one stops counting; the chain stays intact")
    void correctionAppends() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "更正测试医院");
        String wrong = Fixtures.record(api, "500119", s, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(3))).str("recordId");
        Map<String, Object> replacement = negative("ADMINISTRATIVE", "GENERAL", today().minusDays(3));
        Response corrected = api.post("/subjects/" + s + "/records/" + wrong + "/corrections", officer,
                Map.of("reason", "处罚决定书载明为一般违法", "replacement", replacement));
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals(800, ((Number) corrected.at("subject.grade.score")).intValue(), "850 - 50, the serious one no longer counts");

        Response archive = api.get("/subjects/" + s + "/records", officer);
        assertEquals(Boolean.TRUE, archive.at("chainIntact"));
        assertEquals(2, ((List<?>) archive.at("entries")).size(), "both entries kept (R-3.5)");
        assertEquals(Boolean.TRUE, archive.at("entries.0.superseded"));
        assertEquals(wrong, archive.str("entries.1.record.supersedes"));
        assertTrue(archive.str("entries.1.record.recordedBy").startsWith("user-"), "who");
        assertTrue(archive.str("entries.1.record.summary").contains("处罚决定书载明为一般违法"), "why");

        // Correcting the same entry twice is refused: correct the newest.
        Response twice = api.post("/subjects/" + s + "/records/" + wrong + "/corrections", officer,
                Map.of("reason", "再次更正", "withdraw", true));
        assertEquals(409, twice.status());
        assertEquals("RECORD_ALREADY_CORRECTED", twice.str("code"));

        // Withdrawal takes the corrected record out altogether.
        String newest = archive.str("entries.1.record.id");
        Response withdrawn = api.post("/subjects/" + s + "/records/" + newest + "/corrections", officer,
                Map.of("reason", "处罚决定已被撤销", "withdraw", true));
        assertEquals(850, ((Number) withdrawn.at("subject.grade.score")).intValue());
        assertEquals(3, entries(s));
    }

    @Test
    @DisplayName("R-3.4: the same source reference twice stores one record (409 RECORD_ALREADY_EXISTS the second time)")
    void sourceRefDeduplicates() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "来源测试医院");
        Map<String, Object> rec = new HashMap<>(negative("AGREEMENT_PERFORMANCE", "GENERAL", today()));
        rec.put("source", "HANDLING_AGENCY");
        rec.put("sourceRef", "JB-2026-000123");
        assertEquals(201, api.post("/subjects/" + s + "/records", officer, rec).status());
        Response again = api.post("/subjects/" + s + "/records", officer, rec);
        assertEquals(409, again.status());
        assertEquals("RECORD_ALREADY_EXISTS", again.str("code"));
        assertEquals(1, entries(s));
    }

    @Test
    @DisplayName("Bad inputs: malformed JSON, unknown field, bad enum, bad date, missing field, oversized body -> 400, nothing written")
    void badInputs() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "坏输入测试医院");
        String path = "/subjects/" + s + "/records";
        Response malformed = api.request("POST", path).token(officer).body("application/json", "{\"category\": ").send();
        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.str("code"));

        Map<String, Object> unknown = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        unknown.put("effectiveUntil", "2027-01-01");
        Response u = api.post(path, officer, unknown);
        assertEquals(400, u.status());
        assertEquals("UNKNOWN_FIELD", u.str("code"));
        assertEquals("effectiveUntil", u.str("field"));

        Map<String, Object> badEnum = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        badEnum.put("severity", "CATASTROPHIC");
        Response e = api.post(path, officer, badEnum);
        assertEquals(400, e.status());
        assertEquals("INVALID_VALUE", e.str("code"));
        // A clerk must see which field and what is allowed...
        assertEquals("severity", e.str("field"), e::toString);
        // ...but not what was sent (issue #10 item 8: it may be an ID number in the wrong field).
        assertTrue(!e.body().contains("CATASTROPHIC") && e.str("messages.zh").contains("GENERAL"), e::toString);
        assertTrue(e.str("messages.en").contains("severity") && e.str("messages.en").contains("SERIOUS"), e::toString);

        Map<String, Object> badDate = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        badDate.put("effectiveFrom", "2026-02-30");
        Response d = api.post(path, officer, badDate);
        assertEquals(400, d.status());
        assertEquals("INVALID_DATE", d.str("code"), d::toString);
        assertEquals("effectiveFrom", d.str("field"), d::toString);
        assertTrue(!d.body().contains("2026-02-30") && d.str("messages.zh").contains("YYYY-MM-DD"), d::toString);

        Map<String, Object> missing = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        missing.remove("category");
        Response m = api.post(path, officer, missing);
        assertEquals(400, m.status());
        assertEquals("category", m.str("field"));

        Map<String, Object> backwards = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        backwards.put("effectiveTo", today().minusDays(1).toString());
        assertEquals("EFFECTIVE_PERIOD_INVALID", api.post(path, officer, backwards).str("code"));

        Map<String, Object> badIndicator = new HashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
        badIndicator.put("indicator", "NO_SUCH_ITEM");
        assertEquals("UNKNOWN_INDICATOR", api.post(path, officer, badIndicator).str("code"));

        String huge = "{\"summary\":\"" + "x".repeat(1_200_000) + "\"}";
        Response big = api.request("POST", path).token(officer).body("application/json", huge).send();
        assertEquals(400, big.status(), big::toString);
        assertEquals("BODY_TOO_LARGE", big.str("code"));

        assertEquals(0, entries(s), "none of the bad requests wrote anything");
    }

    @Test
    @DisplayName("Errors answer in the caller's language (Accept-Language) and always carry both")
    void bilingualProblems() {
        Response zh = api.request("GET", "/subjects/S-nope").token(officer).send();
        assertEquals(404, zh.status());
        assertTrue(zh.str("detail").contains("未找到"));
        Response en = api.request("GET", "/subjects/S-nope").token(officer).header("Accept-Language", "en-GB,en;q=0.9").send();
        assertTrue(en.str("detail").startsWith("No credit subject"));
        assertEquals(zh.str("messages.en"), en.str("detail"));
        assertEquals("application/problem+json", en.header("Content-Type"));
        Response unknownRoute = api.get("/no/such/route", officer);
        assertEquals(404, unknownRoute.status());
        assertEquals("NOT_FOUND", unknownRoute.str("code"));
        Response wrongMethod = api.request("DELETE", "/subjects").token(officer).send();
        assertTrue(wrongMethod.status() == 405 || wrongMethod.status() == 404, wrongMethod::toString);
        assertEquals("application/problem+json", wrongMethod.header("Content-Type"));
    }
}
