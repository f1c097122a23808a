package cn.yixin.api.credit;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** batch import is idempotent and reports every row; a rejected row writes nothing. */
class BatchImportTest {

    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau("440000", "bureau_officer");
    }

    private static int entries(String subject) {
        return ((List<?>) api.get("/subjects/" + subject + "/records", officer).at("entries")).size();
    }

    @Test
    @DisplayName("R-3.4: CSV import records good rows, rejects bad ones with reasons, and a re-run stores nothing twice")
    void csvImport() {
        String code = Identifiers.uscc();
        Response reg = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_PHARMACY", "name", "导入测试药店", "identifier", code));
        String pharmacy = reg.str("subjectId");
        String hospital = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "导入测试医院");
        String d = Fixtures.today().minusDays(20).toString();
        String csv = String.join("\n",
                "subjectId,subjectKind,identifier,category,polarity,severity,summary,basisKind,basisNumber,basisDate,basisIssuer,effectiveFrom,source,sourceRef",
                hospital + ",,,AGREEMENT_PERFORMANCE,NEGATIVE,GENERAL,\"拒付违规费用, 支付违约金\",AGREEMENT_HANDLING,粤医保协〔2026〕8号," + d + ",广东省医保经办机构," + d + ",HANDLING_AGENCY,JB-1",
                ",DESIGNATED_PHARMACY," + code + ",HONOUR,POSITIVE,,市级诚信药店,,,,," + d + ",BUREAU,BZ-7",
                hospital + ",,,ADMINISTRATIVE,NEGATIVE,GENERAL,缺少依据,,,,," + d + ",BUREAU,CF-9",
                hospital + ",,,ADMINISTRATIVE,NEGATIVE,TERRIBLE,坏的严重程度,ADMINISTRATIVE_PENALTY,x," + d + ",y," + d + ",BUREAU,CF-10",
                "S-does-not-exist,,,HONOUR,POSITIVE,,不存在的主体,,,,," + d + ",BUREAU,BZ-8",
                hospital + ",,,HONOUR,POSITIVE,,没有来源编号,,,,," + d + ",BUREAU,");
        Response first = api.request("POST", "/records/imports").token(officer).body("text/csv", csv).send();
        assertEquals(200, first.status(), first::toString);
        assertEquals(6, ((Number) first.at("rows")).intValue());
        assertEquals(2, ((Number) first.at("recorded")).intValue(), first::toString);
        assertEquals(4, ((Number) first.at("rejected")).intValue());
        assertEquals("RECORDED", first.str("results.0.status"));
        assertEquals("RECORDED", first.str("results.1.status"));
        assertEquals(pharmacy, first.str("results.1.subjectId"), "found by identifier");
        assertEquals("BASIS_REQUIRED", first.str("results.2.code"));
        assertEquals("MALFORMED_ROW", first.str("results.3.code"));
        assertEquals("SUBJECT_NOT_FOUND", first.str("results.4.code"));
        assertEquals("SOURCE_REF_REQUIRED", first.str("results.5.code"));
        assertEquals(1, entries(hospital), "only the good row of the hospital was written");

        Response rerun = api.request("POST", "/records/imports").token(officer).body("text/csv", csv).send();
        assertEquals(0, ((Number) rerun.at("recorded")).intValue());
        assertEquals(2, ((Number) rerun.at("alreadyRecorded")).intValue());
        assertEquals(1, entries(hospital));
        assertEquals(1, entries(pharmacy));
    }

    @Test
    @DisplayName("Issue 10.5 / R-3.4: a DynamoDB failure mid-import (injected on row 2's write, CSV and JSON lines) "
            + "answers 503 IMPORT_INTERRUPTED with the truth row by row: row 1 written, row 2 not confirmed, rows 3-4 "
            + "not attempted; the archive holds exactly row 1; the re-run completes and stores nothing twice")
    void storeFailureMidImport() {
        for (String format : List.of("csv", "ndjson")) {
            String s = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "导入中断测试医院");
            String d = Fixtures.today().minusDays(3).toString();
            String tag = "导入中断" + System.nanoTime();
            StringBuilder body = new StringBuilder(format.equals("csv")
                    ? "subjectId,category,polarity,summary,effectiveFrom,source,sourceRef\n" : "");
            for (int i = 1; i <= 4; i++) {
                body.append(format.equals("csv")
                        ? s + ",HONOUR,POSITIVE," + tag + "-" + i + "," + d + ",BUREAU,INT-" + i + "\n"
                        : "{\"subjectId\":\"" + s + "\",\"record\":{\"category\":\"HONOUR\",\"polarity\":\"POSITIVE\","
                        + "\"summary\":\"" + tag + "-" + i + "\",\"effectiveFrom\":\"" + d + "\",\"source\":\"BUREAU\","
                        + "\"sourceRef\":\"INT-" + i + "\"}}\n");
            }
            String type = format.equals("csv") ? "text/csv" : "application/x-ndjson";
            var fault = api.faults().failOnce(r -> r instanceof
                    software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest
                    && r.toString().contains(tag + "-2"));
            Response cut = api.request("POST", "/records/imports").token(officer).body(type, body.toString()).send();
            assertTrue(fault.fired(), "the failure was injected on row 2's write");
            assertEquals(503, cut.status(), cut::toString);
            assertEquals("IMPORT_INTERRUPTED", cut.str("code"));
            assertEquals(false, cut.at("complete"));
            assertTrue(cut.str("messages.zh") != null && cut.str("messages.en") != null, cut::toString);
            assertEquals(4, ((Number) cut.at("rows")).intValue(), cut::toString);
            assertEquals(1, ((Number) cut.at("recorded")).intValue(), cut::toString);
            assertEquals(1, ((Number) cut.at("failed")).intValue(), cut::toString);
            assertEquals(2, ((Number) cut.at("notAttempted")).intValue(), cut::toString);
            assertEquals(List.of("RECORDED", "FAILED", "NOT_ATTEMPTED", "NOT_ATTEMPTED"),
                    List.of(cut.str("results.0.status"), cut.str("results.1.status"), cut.str("results.2.status"),
                            cut.str("results.3.status")));
            assertEquals("ROW_NOT_CONFIRMED", cut.str("results.1.code"));
            assertEquals(1, entries(s), "exactly the one row reported written is in the archive");

            Response rerun = api.request("POST", "/records/imports").token(officer).body(type, body.toString()).send();
            assertEquals(200, rerun.status(), rerun::toString);
            assertEquals(true, rerun.at("complete"));
            assertEquals(1, ((Number) rerun.at("alreadyRecorded")).intValue(), rerun::toString);
            assertEquals(3, ((Number) rerun.at("recorded")).intValue(), rerun::toString);
            assertEquals(4, entries(s), "nothing twice");
        }
    }

    @Test
    @DisplayName("R-3.4: JSON-lines import, row by row, with the same report")
    void jsonLinesImport() {
        String s = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "JSON行导入医院");
        String d = Fixtures.today().minusDays(2).toString();
        String body = String.join("\n",
                "{\"subjectId\":\"" + s + "\",\"record\":{\"category\":\"HONOUR\",\"polarity\":\"POSITIVE\",\"summary\":\"表彰\",\"effectiveFrom\":\"" + d + "\",\"sourceRef\":\"H-1\"}}",
                "{\"subjectId\":\"" + s + "\",\"record\":{\"category\":\"HONOUR\",\"polarity\":\"POSITIVE\",\"summary\":\"表彰\",\"effectiveFrom\":\"" + d + "\",\"sourceRef\":\"H-1\"}}",
                "{\"subjectId\":\"" + s + "\",\"record\":{\"category\":\"HONOUR\"",
                "{\"subjectId\":\"" + s + "\",\"surprise\":1,\"record\":{}}");
        Response r = api.request("POST", "/records/imports").token(officer).body("application/x-ndjson", body).send();
        assertEquals(200, r.status(), r::toString);
        assertEquals("RECORDED", r.str("results.0.status"));
        assertEquals("ALREADY_RECORDED", r.str("results.1.status"), "a duplicate within the same file stores once");
        assertEquals("MALFORMED_ROW", r.str("results.2.code"));
        assertEquals("MALFORMED_ROW", r.str("results.3.code"), "unknown field");
        assertEquals(1, entries(s));
    }

    @Test
    @DisplayName("Import refuses an empty body, an unsupported type, and a caller who may not write")
    void importRefusals() {
        Response empty = api.request("POST", "/records/imports").token(officer).body("text/csv", "").send();
        assertEquals(400, empty.status());
        assertEquals("EMPTY_BODY", empty.str("code"), empty::toString);
        Response headerOnly = api.request("POST", "/records/imports").token(officer).body("text/csv", "category,polarity\n").send();
        assertEquals("IMPORT_SIZE", headerOnly.str("code"), headerOnly::toString);
        Response xml = api.request("POST", "/records/imports").token(officer).body("application/xml", "<a/>").send();
        assertEquals(415, xml.status(), xml::toString);
        assertEquals("UNSUPPORTED_MEDIA_TYPE", xml.str("code"));
        Response auditor = api.request("POST", "/records/imports").token(TestIdentity.bureau("440000", "auditor"))
                .body("text/csv", "a\nb").send();
        assertEquals(403, auditor.status());
        assertTrue(auditor.header("Content-Type").startsWith("application/problem+json"));
    }
}
