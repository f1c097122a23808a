package cn.yixin.api.monitoring;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: confirming a warning with a measure from the lists in force — a punishment that applies
 * to the subject's kind — through the real handler, Nanchuan (500119), whose lists hold NC_INSTITUTION_PUNISHMENT
 * (institutions) and the incentive NC_GREEN_CHANNEL.
 */
class ConfirmWithMeasureTest {

    private static final String NC = "500119";
    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String officer() {
        return TestIdentity.bureau(NC, "bureau_officer");
    }

    private static String reviewer() {
        return TestIdentity.bureau(NC, "bureau_reviewer");
    }

    /** A hospital with one open warning (three general penalties: REPEATED_DISHONESTY); returns {hospital, warning}. */
    private static String[] hospitalWithWarning() {
        String h = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "惩戒措施测试医院");
        LocalDate day = Fixtures.today().minusDays(20);
        for (int i = 0; i < 3; i++) {
            Response r = api.request("POST", "/subjects/" + h + "/records").token(officer())
                    .header("Idempotency-Key", "cm-" + h + "-" + i)
                    .json(Fixtures.negative("ADMINISTRATIVE", "GENERAL", day.plusDays(i))).send();
            assertEquals(201, r.status(), r::toString);
        }
        return new String[]{h, (String) warnings(h).get(0).get("warningId")};
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> warnings(String subject) {
        Response r = api.get("/subjects/" + subject + "/warnings", officer());
        assertEquals(200, r.status(), r::toString);
        return (List<Map<String, Object>>) (List<?>) r.list();
    }

    private static Response confirm(String subject, String warningId, String measureCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", "CONFIRMED");
        body.put("reasons", "经核查属实");
        body.put("measureCode", measureCode);
        return api.request("POST", "/subjects/" + subject + "/warnings/" + warningId + "/review")
                .token(reviewer()).header("Idempotency-Key", "cm-review-" + System.nanoTime()).json(body).send();
    }

    /** The refusal names measureCode, and nothing was written: the warning is open, no key monitoring, no notice. */
    private static void refusedUnchanged(Response r, String code, String subject, String warningId, String before) {
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        assertEquals(code, r.str("code"));
        assertEquals("measureCode", r.str("field"));
        assertEquals(before, api.get("/subjects/" + subject + "/warnings", officer()).body(), "the warning is unchanged");
        assertEquals("GENERAL", api.get("/subjects/" + subject + "/monitoring", officer()).str("level"));
        assertFalse(api.get("/me/notices", TestIdentity.subject(NC, subject)).body().contains("WARNING_CONFIRMED"));
    }

    @Test
    @DisplayName("R-8.1/R-7.3: a confirmation naming a punishment in force for the kind stores and shows it (code, name, basis), and the subject's notice names it")
    void punishmentInForceIsApplied() {
        String[] hw = hospitalWithWarning();
        Response r = confirm(hw[0], hw[1], "NC_INSTITUTION_PUNISHMENT");
        assertEquals(200, r.status(), r::toString);
        assertEquals("CONFIRMED", r.str("warning.status"));
        assertEquals("NC_INSTITUTION_PUNISHMENT", r.str("warning.measure.code"));
        assertEquals("机构类基金支付和检查频次惩戒", r.str("warning.measure.name"));
        assertEquals("001 §30", r.str("warning.measure.basis"));

        Map<String, Object> stored = warnings(hw[0]).stream().filter(w -> hw[1].equals(w.get("warningId"))).findFirst().orElseThrow();
        assertEquals("NC_INSTITUTION_PUNISHMENT", ((Map<?, ?>) stored.get("measure")).get("code"), stored::toString);
        Response own = api.get("/subjects/" + hw[0] + "/warnings", TestIdentity.subject(NC, hw[0]));
        assertTrue(own.body().contains("机构类基金支付和检查频次惩戒"), own::toString);
        Response notices = api.get("/me/notices", TestIdentity.subject(NC, hw[0]));
        assertTrue(notices.body().contains("WARNING_CONFIRMED") && notices.body().contains("机构类基金支付和检查频次惩戒")
                && notices.body().contains("001 §30"), notices::toString);
    }

    @Test
    @DisplayName("R-8.1: a confirmation without a measure has none")
    void noMeasureNone() {
        String[] hw = hospitalWithWarning();
        Response r = confirm(hw[0], hw[1], null);
        assertEquals(200, r.status(), r::toString);
        assertNull(r.at("warning.measure"), r::toString);
    }

    @Test
    @DisplayName("R-7.3: an unknown measure code is refused naming measureCode; nothing is written")
    void unknownRefused() {
        String[] hw = hospitalWithWarning();
        String before = api.get("/subjects/" + hw[0] + "/warnings", officer()).body();
        refusedUnchanged(confirm(hw[0], hw[1], "NO_SUCH_MEASURE"), "WARNING_MEASURE_NOT_IN_FORCE", hw[0], hw[1], before);
    }

    @Test
    @DisplayName("R-7.3: an incentive measure cannot follow a warning; refused naming measureCode, nothing written")
    void incentiveRefused() {
        String[] hw = hospitalWithWarning();
        String before = api.get("/subjects/" + hw[0] + "/warnings", officer()).body();
        refusedUnchanged(confirm(hw[0], hw[1], "NC_INSTITUTION_INCENTIVE"), "WARNING_MEASURE_NOT_PUNISHMENT", hw[0], hw[1], before);
    }

    @Test
    @DisplayName("R-7.3: an institutions' punishment on a doctor's warning (eligibility points) is refused naming measureCode, nothing written")
    void wrongKindRefused() {
        String id = Identifiers.residentId();
        Response reg = api.post("/subjects", officer(), Map.of("kind", "DOCTOR", "name", "措施测试医师", "identifier", id));
        assertEquals(201, reg.status(), reg::toString);
        String doctor = reg.str("subjectId");
        Map<String, Object> pts = new LinkedHashMap<>();
        pts.put("identifier", id);
        pts.put("itemCode", "FRAUD");
        pts.put("responsibility", "GENERAL");
        pts.put("points", 6);
        pts.put("actDate", Fixtures.today().minusDays(20).toString());
        pts.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "渝南医保罚〔2026〕" + System.nanoTime() % 100000 + "号",
                "date", Fixtures.today().minusDays(2).toString(), "issuer", "南川区医疗保障局"));
        Response six = api.request("POST", "/eligibility/points").token(officer())
                .header("Idempotency-Key", "cm-pts-" + System.nanoTime()).json(pts).send();
        assertEquals(201, six.status(), six::toString);
        String warningId = (String) warnings(doctor).get(0).get("warningId");
        String before = api.get("/subjects/" + doctor + "/warnings", officer()).body();
        refusedUnchanged(confirm(doctor, warningId, "NC_INSTITUTION_PUNISHMENT"), "WARNING_MEASURE_NOT_FOR_KIND", doctor, warningId, before);
    }

    @Test
    @DisplayName("R-8.1: a measure on a dismissal is refused naming measureCode, nothing written")
    void measureOnDismissalRefused() {
        String[] hw = hospitalWithWarning();
        String before = api.get("/subjects/" + hw[0] + "/warnings", officer()).body();
        Response r = api.request("POST", "/subjects/" + hw[0] + "/warnings/" + hw[1] + "/review").token(reviewer())
                .json(Map.of("outcome", "DISMISSED", "reasons", "不属实", "measureCode", "NC_INSTITUTION_PUNISHMENT")).send();
        refusedUnchanged(r, "WARNING_MEASURE_ONLY_ON_CONFIRMATION", hw[0], hw[1], before);
    }
}
