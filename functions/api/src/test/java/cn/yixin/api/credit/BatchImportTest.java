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
