package cn.yixin.api.credit;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** credit commitments as archive entries; links between people and institutions. */
class CommitmentAndLinkTest {

    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau("500119", "bureau_officer");
    }

    @Test
    @DisplayName("R-4.1: the subject signs online itself; R-4.2: fulfilment is positive, a breach is a negative record that costs points")
    void commitmentLifecycle() {
        String hospital = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "承诺测试医院");
        String self = TestIdentity.subject("500119", hospital);
        Response signed = api.post("/subjects/" + hospital + "/commitments", self,
                Map.of("template", "DESIGNATION", "channel", "ONLINE"));
        assertEquals(201, signed.status(), signed::toString);
        assertEquals(850, ((Number) signed.at("subject.grade.score")).intValue(), "signing alone earns no points");
        assertEquals("unmatched", signed.str("subject.grade.explanation.0.note"));
        Response archive = api.get("/subjects/" + hospital + "/records", self);
        assertEquals("COMMITMENT", archive.str("entries.0.record.category"));
        assertEquals("SUBJECT_SELF_SERVICE", archive.str("entries.0.record.source"));
        assertTrue(archive.str("entries.0.record.summary").contains("在线签署"));

        Response twice = api.post("/subjects/" + hospital + "/commitments", self, Map.of("template", "DESIGNATION", "channel", "ONLINE"));
        assertEquals(409, twice.status());
        assertEquals("RECORD_ALREADY_EXISTS", twice.str("code"));

        Response kept = api.post("/subjects/" + hospital + "/commitments/DESIGNATION/outcomes", officer, Map.of(
                "outcome", "FULFILLED", "summary", "年度履约良好", "effectiveFrom", Fixtures.today().minusDays(1).toString()));
        assertEquals(870, ((Number) kept.at("subject.grade.score")).intValue(), "keeping it earns COMMITMENT_KEPT (+20)");
        Response breach = api.post("/subjects/" + hospital + "/commitments/DESIGNATION/outcomes", officer, Map.of(
                "outcome", "BREACHED", "summary", "未按承诺如实上传结算数据", "effectiveFrom", Fixtures.today().toString(),
                "basis", Map.of("kind", "COMMITMENT_BREACH", "number", "南医保诺〔2026〕3号", "date", Fixtures.today().toString(),
                        "issuer", "重庆市南川区医疗保障局")));
        assertEquals(201, breach.status(), breach::toString);
        assertTrue(((Number) breach.at("subject.grade.score")).intValue() < 850, "a breach costs points");
        Response after = api.get("/subjects/" + hospital + "/records", self);
        assertEquals("NEGATIVE", after.str("entries.2.record.polarity"));

        Response noBasis = api.post("/subjects/" + hospital + "/commitments/DESIGNATION/outcomes", officer, Map.of(
                "outcome", "BREACHED", "summary", "x", "effectiveFrom", Fixtures.today().toString()));
        assertEquals("BASIS_REQUIRED", noBasis.str("code"), "a breach is dishonesty and needs its basis (R-3.2)");
    }

    @Test
    @DisplayName("R-4.1: the bureau registers a signed paper commitment; templates must fit the subject's kind; outcome needs a signature")
    void paperAndRefusals() {
        String pharmacy = Fixtures.register(api, "500119", "DESIGNATED_PHARMACY", "纸质承诺药店");
        Response noDate = api.post("/subjects/" + pharmacy + "/commitments", officer, Map.of("template", "DESIGNATION", "channel", "PAPER"));
        assertEquals("SIGNED_ON_REQUIRED", noDate.str("code"));
        Response online = api.post("/subjects/" + pharmacy + "/commitments", officer, Map.of("template", "DESIGNATION", "channel", "ONLINE"));
        assertEquals(403, online.status());
        assertEquals("ONLINE_COMMITMENT_BY_SUBJECT", online.str("code"));
        Response outcomeFirst = api.post("/subjects/" + pharmacy + "/commitments/DESIGNATION/outcomes", officer, Map.of(
                "outcome", "FULFILLED", "summary", "按期履约", "effectiveFrom", "2026-06-01"));
        assertEquals("COMMITMENT_NOT_SIGNED", outcomeFirst.str("code"));
        Response paper = api.post("/subjects/" + pharmacy + "/commitments", officer,
                Map.of("template", "DESIGNATION", "channel", "PAPER", "signedOn", "2026-01-05", "paperReference", "CN-0012"));
        assertEquals(201, paper.status(), paper::toString);
        assertEquals(201, api.post("/subjects/" + pharmacy + "/commitments/DESIGNATION/outcomes", officer, Map.of(
                "outcome", "FULFILLED", "summary", "按期履约", "effectiveFrom", "2026-06-01")).status());
        Response wrongKind = api.post("/subjects/" + pharmacy + "/commitments", officer,
                Map.of("template", "INSURED_REGISTRATION", "channel", "PAPER", "signedOn", "2026-01-05"));
        assertEquals("UNKNOWN_COMMITMENT_TEMPLATE", wrongKind.str("code"));
        // Another subject cannot sign for this one.
        String other = Fixtures.register(api, "500119", "DESIGNATED_PHARMACY", "别家药店");
        Response forOther = api.post("/subjects/" + pharmacy + "/commitments", TestIdentity.subject("500119", other),
                Map.of("template", "DESIGNATION", "channel", "ONLINE"));
        assertEquals(404, forOther.status());
    }

    @Test
    @DisplayName("R-2.3: a doctor is linked to the hospital where she practises; both sides list the link")
    void links() {
        String hospital = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "关联测试医院");
        String doctor = Fixtures.register(api, "500119", "DOCTOR", "周医生");
        Response link = api.post("/subjects/" + doctor + "/links", officer, Map.of("relation", "PRACTISES_AT", "institutionId", hospital));
        assertEquals(201, link.status(), link::toString);
        assertEquals(1, ((List<?>) api.get("/subjects/" + hospital + "/links", officer).list()).size());
        assertEquals(hospital, api.get("/subjects/" + doctor + "/links", officer).str("0.institutionId"));
        assertEquals("LINK_EXISTS", api.post("/subjects/" + doctor + "/links", officer,
                Map.of("relation", "PRACTISES_AT", "institutionId", hospital)).str("code"));
        assertEquals("LINK_NEEDS_PERSON", api.post("/subjects/" + hospital + "/links", officer,
                Map.of("relation", "PRACTISES_AT", "institutionId", hospital)).str("code"));
        assertEquals("LINK_NEEDS_INSTITUTION", api.post("/subjects/" + doctor + "/links", officer,
                Map.of("relation", "PRACTISES_AT", "institutionId", doctor)).str("code"));
        assertEquals(400, api.post("/subjects/" + doctor + "/links", officer,
                Map.of("relation", "COUSIN_OF", "institutionId", hospital)).status());
    }
}
