package cn.yixin.api.input;

import cn.yixin.api.attachment.Attachments;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #10 items 6, 7, 8 and issue #12 items 5, 6 through the real payload-2.0 handler: every bad input is a 4xx
 * problem naming its field, in Chinese and English, repeating nothing that was sent, and writing nothing.
 *
 * <p>The rule for {@code messages.zh} (docs/security.md, "Errors"): it may contain ASCII letters only in tokens the
 * API itself defines — the field or header it names, upper-case codes and enum constants, {@code YYYY-MM-DD},
 * {@code true}/{@code false}, CSV column names, and {@code filename*=UTF-8''}; never English prose.
 */
class StrictInputTest {

    static final String ID_NUMBER = "110105194912310021";
    static final List<String> ZH_TOKENS = List.of("filename*=UTF-8''", "X-File-Name", "Content-Disposition", "YYYY-MM-DD",
            "true", "false",
            "colour"); // csvUnknownColumn's unknown column: a plain word is named back, digits never are
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau("500119", "bureau_officer");
    }

    /** The shape every refusal has; {@code sent} must not come back anywhere in the answer. */
    static Response refused(Response r, int status, String code, String field, String... sent) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        assertEquals(code, r.str("code"), r::toString);
        assertEquals(field, r.str("field"), r::toString);
        String zh = r.str("messages.zh");
        assertNotNull(r.str("messages.en"), r::toString);
        String rest = field == null ? zh : zh.replace(field, "");
        for (String t : ZH_TOKENS) {
            rest = rest.replace(t, "");
        }
        for (String c : cn.yixin.api.credit.RecordImport.COLUMNS.stream()
                .sorted(java.util.Comparator.comparing(String::length).reversed()).toList()) {
            rest = rest.replace(c, "");
        }
        rest = rest.replaceAll("[A-Z][A-Z0-9_]*", "");
        assertFalse(rest.matches("(?s).*[A-Za-z].*"), () -> "English inside the Chinese message: " + zh);
        for (String s : sent) {
            assertFalse(r.body().contains(s), () -> "the answer repeats the value sent (" + s + "): " + r);
        }
        return r;
    }

    static int entries(String subject) {
        return ((List<?>) api.get("/subjects/" + subject + "/records", TestIdentity.bureau("500119", "auditor"))
                .at("entries")).size();
    }

    static Response postRaw(String path, String json) {
        return api.request("POST", path).token(officer).json(json).send();
    }

    static Map<String, Object> penalty() {
        return new LinkedHashMap<>(negative("ADMINISTRATIVE", "GENERAL", today()));
    }

    static String json(Map<String, Object> body) {
        try {
            return api.context().getBean(io.micronaut.json.JsonMapper.class).writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("#10.6: dates are ISO YYYY-MM-DD strings in 1949-10-01..2100-12-31: 20270301, 0, years 0000, -2026, +99999 are refused")
    void strictDates() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "严格日期医院");
        String path = "/subjects/" + s + "/records";
        Map<String, Object> b = penalty();
        b.put("effectiveTo", "20270301");
        refused(api.post(path, officer, b), 400, "INVALID_DATE", "effectiveTo", "20270301");
        for (String year : List.of("0000-03-01", "-2026-03-01", "+99999-03-01", "２０２６-03-01", "2026-3-1",
                "2026-02-30", "1949-09-30", "2101-01-01")) {
            Map<String, Object> y = penalty();
            y.put("effectiveFrom", year);
            refused(api.post(path, officer, y), 400, "INVALID_DATE", "effectiveFrom", year);
        }
        // A bad date inside the body names its field by path (#12.5: not "body").
        String epochDay = json(penalty()).replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":0");
        refused(postRaw(path, epochDay), 400, "INVALID_DATE", "basis.date");
        // Domain ranges: a basis document is not dated in the future; nothing predates basic medical insurance.
        Map<String, Object> ahead = penalty();
        ahead.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "南医保罚〔2026〕9号",
                "date", today().plusDays(1).toString(), "issuer", "某局"));
        refused(api.post(path, officer, ahead), 400, "INVALID_DATE", "basis.date");
        Map<String, Object> old = penalty();
        old.put("effectiveFrom", "1990-01-01");
        refused(api.post(path, officer, old), 400, "INVALID_DATE", "effectiveFrom", "1990-01-01");
        assertEquals(0, entries(s), "nothing written");
    }

    @Test
    @DisplayName("#10.6: strings are strings, booleans booleans, no one-item array unwrapped, one JSON object per body")
    void strictShapes() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "严格类型医院");
        String path = "/subjects/" + s + "/records";
        String good = json(penalty());
        for (String summary : List.of("true", "1.5", "[\"违规\"]", "{}")) {
            refused(postRaw(path, good.replaceFirst("\"summary\":\"[^\"]*\"", "\"summary\":" + summary)), 400,
                    "INVALID_VALUE", "summary");
        }
        refused(postRaw(path, good.replace("\"severity\":\"GENERAL\"", "\"severity\":[\"GENERAL\"]")), 400,
                "INVALID_VALUE", "severity");
        // An ID number sent in the wrong field is not repeated (#10.8); the answer lists what is allowed.
        Response e = refused(postRaw(path, good.replace("\"severity\":\"GENERAL\"", "\"severity\":\"" + ID_NUMBER + "\"")),
                400, "INVALID_VALUE", "severity", ID_NUMBER);
        assertTrue(e.str("messages.zh").contains("SERIOUS"), e::toString);
        refused(postRaw(path, good.replace("{\"category\"", "{\"" + ID_NUMBER + "\":1,\"category\"")), 400,
                "UNKNOWN_FIELD", null, ID_NUMBER);
        refused(postRaw(path, good + "garbage"), 400, "MALFORMED_JSON", null, "garbage");
        refused(postRaw(path, good + "{}"), 400, "MALFORMED_JSON", null);
        refused(postRaw(path, good.replace("{\"category\":\"ADMINISTRATIVE\"",
                "{\"category\":\"ADMINISTRATIVE\",\"category\":\"HONOUR\"")), 400, "MALFORMED_JSON", null);
        refused(postRaw(path, "[" + good + "]"), 400, "MALFORMED_JSON", null);
        assertEquals(0, entries(s), "nothing written");

        String recordId = Fixtures.record(api, "500119", s, penalty()).str("recordId");
        String corrections = path + "/" + recordId + "/corrections";
        for (String withdraw : List.of("\"\"", "\"true\"", "1", "null")) {
            Response r = postRaw(corrections, "{\"reason\":\"处罚已撤销\",\"withdraw\":" + withdraw + "}");
            if (!withdraw.equals("null")) {
                refused(r, 400, "INVALID_VALUE", "withdraw");
            }
        }
        Response archive = api.get(path, officer);
        assertEquals(Boolean.FALSE, archive.at("entries.0.superseded"), "no correction was made: " + archive);
    }

    @Test
    @DisplayName("#10.6/#10.7: path and query values are checked by type and length: a full-width year, a 3000-byte id, a bad cursor")
    void pathAndQuery() {
        refused(api.get("/cycles/２０２５/runs", officer), 400, "INVALID_VALUE", "year", "２０２５");
        refused(api.request("POST", "/cycles/２０２５/runs").token(officer).json("{\"kind\":\"DESIGNATED_HOSPITAL\"}")
                .send(), 400, "INVALID_VALUE", "year");
        refused(api.get("/cycles/02025/runs", officer), 400, "INVALID_VALUE", "year");
        String longId = "S" + "1".repeat(3000);
        refused(api.get("/subjects/" + longId, officer), 400, "INVALID_ID", "subjectId", longId);
        refused(api.post("/subjects/" + longId + "/records", officer, penalty()), 400, "INVALID_ID", "subjectId", longId);
        refused(api.get("/subjects?kind=DESIGNATED_HOSPITAL&limit=１０", officer), 400, "INVALID_VALUE", "limit");
        refused(api.get("/subjects?kind=designated_hospital", officer), 400, "INVALID_VALUE", "kind");
        String emptyParts = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("\u001f\u001fT#500119#KIND#DESIGNATED_HOSPITAL\u001f".getBytes(StandardCharsets.UTF_8));
        refused(api.get("/subjects?kind=DESIGNATED_HOSPITAL&cursor=" + emptyParts, officer), 400, "INVALID_CURSOR",
                "cursor");
        refused(api.get("/subjects?kind=DESIGNATED_HOSPITAL&cursor=" + "A".repeat(5000), officer), 400,
                "INVALID_CURSOR", "cursor");
    }

    @Test
    @DisplayName("#10.7: an amount over Long.MAX_VALUE is a 400 naming the field, and the facts stay as they were")
    void hugeAmount() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "金额医院");
        String path = "/subjects/" + s + "/facts";
        Response before = api.get(path, officer);
        for (String amount : List.of("\"9223372036854775808\"", "92233720368547758070", "1e30", "\"１２\"", "true")) {
            refused(postRaw(path, "{\"fundExpenditure\":{\"year\":2025,\"amountYuan\":" + amount + "}}"), 400,
                    "INVALID_VALUE", "fundExpenditure.amountYuan");
        }
        refused(postRaw(path, "{\"fundExpenditure\":{\"year\":\"2025\",\"amountYuan\":\"1.00\"}}"), 400,
                "INVALID_VALUE", "fundExpenditure.year");
        assertEquals(before.body(), api.get(path, officer).body(), "facts unchanged");
    }

    @Test
    @DisplayName("#12.5: validator messages come out in Chinese and English per constraint kind, never 'must not be blank'")
    void constraintMessages() {
        Response blank = refused(api.post("/subjects", officer,
                Map.of("kind", "DESIGNATED_HOSPITAL", "name", "空号医院", "identifier", "")), 400, "MISSING_VALUE",
                "identifier");
        assertFalse(blank.body().contains("must not"), blank::toString);
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "长度医院");
        Map<String, Object> longSummary = penalty();
        longSummary.put("summary", "违".repeat(501));
        Response size = refused(api.post("/subjects/" + s + "/records", officer, longSummary), 400, "INVALID_VALUE",
                "summary");
        assertTrue(size.str("messages.zh").contains("500"), size::toString);
        Map<String, Object> longNumber = penalty();
        longNumber.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "号".repeat(101),
                "date", today().toString(), "issuer", "某局"));
        refused(api.post("/subjects/" + s + "/records", officer, longNumber), 400, "INVALID_VALUE", "basis.number");
        refused(api.get("/subjects?kind=DESIGNATED_HOSPITAL&limit=0", officer), 400, "INVALID_VALUE", "limit");
        assertEquals(0, entries(s));
    }

    @Test
    @DisplayName("#12.5 (R-3.4): a CSV import with an unknown column names the column and the expected header, and writes nothing")
    void csvUnknownColumn() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "导入表头医院");
        String csv = "subjectId,category,polarity,summary,effectiveFrom,source,sourceRef,colour\n"
                + s + ",HONOUR,POSITIVE,区级诚信表彰,2026-05-01,BUREAU,HDR-1,red\n";
        Response r = refused(api.request("POST", "/records/imports").token(officer).body("text/csv", csv).send(),
                400, "UNKNOWN_COLUMN", "header");
        assertTrue(r.str("messages.zh").contains("colour") && r.str("messages.zh").contains("8"), r::toString);
        assertTrue(r.str("messages.en").contains("sourceRef,basisKind"), r::toString);
        String pasted = "subjectId,category,polarity,summary,effectiveFrom,source,sourceRef," + ID_NUMBER + "\n"
                + s + ",HONOUR,POSITIVE,区级诚信表彰,2026-05-01,BUREAU,HDR-2,x\n";
        refused(api.request("POST", "/records/imports").token(officer).body("text/csv", pasted).send(), 400,
                "UNKNOWN_COLUMN", "header", ID_NUMBER);
        assertEquals(0, entries(s));
    }

    static Response upload(String subject, Map<String, String> headers) {
        var req = api.request("POST", "/subjects/" + subject + "/attachments").token(TestIdentity.subject("500119", subject));
        headers.forEach(req::header);
        return req.bytes("application/pdf", PDF).send();
    }

    @Test
    @DisplayName("#12.6: UTF-8 file names by percent-encoding, RFC 8187 filename*, or raw UTF-8 bytes; downloads send filename*")
    void chineseFileNames() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "文件名医院");
        String name = "整改报告 第1版+附件.pdf";
        String pct = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("%2B", "+");
        Response a = upload(s, Map.of("X-File-Name", pct));
        assertEquals(201, a.status(), a::toString);
        assertEquals(name, a.str("fileName"), "percent-encoded UTF-8, '+' kept as a plus");
        Response b = upload(s, Map.of("Content-Disposition", "attachment; filename*=UTF-8''" + pct));
        assertEquals(name, b.str("fileName"), b::toString);
        Response c = upload(s, Map.of("X-File-Name", new String(name.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)));
        assertEquals(name, c.str("fileName"), "raw UTF-8 bytes read as Latin-1 are read again as UTF-8");

        Response down = api.request("GET", "/subjects/" + s + "/attachments/" + a.str("attachmentId"))
                .token(TestIdentity.subject("500119", s)).send();
        assertEquals(200, down.status());
        String disposition = down.header("Content-Disposition");
        assertTrue(disposition.contains("filename*=UTF-8''%E6%95%B4%E6%94%B9"), disposition);
        assertTrue(disposition.matches("attachment; filename=\"[ -~]+\"; filename\\*=.*"), disposition);
        assertEquals("nosniff", down.header("X-Content-Type-Options"));
        assertTrue(down.header("Content-Security-Policy").contains("default-src 'none'"), down::toString);

        // The name is printed right in the formal application letter.
        String[] hr = {s, Fixtures.record(api, "500119", s, penalty()).str("recordId")};
        Map<String, Object> objection = new LinkedHashMap<>();
        objection.put("target", "RECORD");
        objection.put("targetId", hr[1]);
        objection.put("ground", "INCONSISTENT_WITH_FACTS");
        objection.put("statement", "处罚所列事实与本院不符，附整改报告。");
        objection.put("attachments", List.of(a.str("attachmentId")));
        Response filed = api.post("/subjects/" + s + "/objections", TestIdentity.subject("500119", s), objection);
        assertEquals(201, filed.status(), filed::toString);
        Response docs = api.get("/subjects/" + s + "/documents", TestIdentity.subject("500119", s));
        String documentId = docs.str("0.documentId") != null ? docs.str("0.documentId") : docs.str("documents.0.documentId");
        Response html = api.request("GET", "/subjects/" + s + "/documents/" + documentId)
                .token(TestIdentity.subject("500119", s)).header("accept", "text/html").send();
        assertEquals(200, html.status(), html::toString);
        assertTrue(html.body().contains("整改报告 第1版+附件.pdf"), html::body);
        assertEquals("nosniff", html.header("X-Content-Type-Options"));
        assertTrue(html.header("Content-Security-Policy").startsWith("default-src 'none'; style-src 'unsafe-inline'"));
    }

    @Test
    @DisplayName("#10.7/#12.6: a bad percent escape, malformed UTF-8 or a control character in a file name is a 400, not a 500 or mojibake")
    void badFileNames() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "坏文件名医院");
        for (Map<String, String> h : List.of(Map.of("X-File-Name", "%E6%9"), Map.of("X-File-Name", "%ZZ.pdf"),
                Map.of("X-File-Name", "%FF%FE.pdf"), Map.of("X-File-Name", "r\u00e9sum\u00e9.pdf"),
                Map.of("X-File-Name", "a%0Ab.pdf"), Map.of("X-File-Name", "%E2%80%AEfdp.exe"),
                Map.of("X-File-Name", "..%2F..%2Fetc"))) {
            refused(upload(s, h), 400, "ATTACHMENT_NAME_INVALID", "X-File-Name", h.get("X-File-Name"));
        }
        refused(upload(s, Map.of("Content-Disposition", "attachment; filename*=GBK''%D5%FB")), 400,
                "ATTACHMENT_NAME_INVALID", "Content-Disposition");
    }

    @Test
    @DisplayName("#10.8: TRACE and other unsupported methods answer 405 METHOD_NOT_ALLOWED as a problem, with or without a token")
    void unsupportedMethods() {
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "方法医院");
        for (String token : new String[]{officer, null}) {
            for (String method : List.of("TRACE", "DELETE", "PATCH")) {
                Response r = api.request(method, "/subjects/" + s).token(token).send();
                refused(r, 405, "METHOD_NOT_ALLOWED", null, s);
            }
        }
        assertEquals("nosniff", api.get("/subjects/" + s, officer).header("X-Content-Type-Options"));
    }

    @Test
    @DisplayName("#10.8: the attachment limit is one number: the server's ceiling is above it and its base64 event fits Lambda's 6 MB")
    void attachmentLimitAgrees() {
        String configured = api.context().getProperty("micronaut.server.max-request-size", String.class).orElseThrow();
        assertTrue(configured.matches("[0-9]+MB"), configured);
        long ceiling = Long.parseLong(configured.replace("MB", "")) * 1024 * 1024;
        assertTrue(ceiling > Attachments.MAX_BYTES, "the transport must not cut uploads below the documented limit");
        long event = (Attachments.MAX_BYTES + 2L) / 3 * 4 + 64 * 1024; // base64 body and generous headers
        assertTrue(event < 6L * 1024 * 1024, "a maximal upload fits Lambda's synchronous payload");
        String s = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "大附件医院");
        byte[] three = java.util.Arrays.copyOf(PDF, 3 * 1024 * 1024);
        Response ok = api.request("POST", "/subjects/" + s + "/attachments").token(TestIdentity.subject("500119", s))
                .header("X-File-Name", "big.pdf").bytes("application/pdf", three).send();
        assertEquals(201, ok.status(), "3 MB is under the documented 4 MB");
        byte[] tooBig = java.util.Arrays.copyOf(PDF, Attachments.MAX_BYTES + 1);
        Response no = api.request("POST", "/subjects/" + s + "/attachments").token(TestIdentity.subject("500119", s))
                .header("X-File-Name", "big.pdf").bytes("application/pdf", tooBig).send();
        assertEquals(400, no.status(), no::toString);
        assertTrue(List.of("BODY_TOO_LARGE", "ATTACHMENT_TOO_LARGE").contains(no.str("code")), no::toString);
    }
}
