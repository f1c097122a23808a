package cn.yixin.api.procurement;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pharmaceutical price and procurement credit rating through the real handler (issue 16, R-11.3). */
class ProcurementRatingTest {

    private static final String SZ = "440300";
    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    static Map<String, Object> kase(String conduct, Object amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conduct", conduct);
        if (amount != null) {
            m.put("amount", amount);
        }
        m.put("actDate", Fixtures.today().minusDays(30).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "深医保罚〔2026〕" + System.nanoTime() % 100000 + "号",
                "date", Fixtures.today().minusDays(3).toString(), "issuer", "深圳市医疗保障局"));
        m.put("products", List.of("阿莫西林胶囊 0.25g"));
        return m;
    }

    private static Response record(String tenant, String company, Map<String, Object> body) {
        return api.request("POST", "/subjects/" + company + "/procurement-cases")
                .token(TestIdentity.bureau(tenant, "bureau_officer")).header("Idempotency-Key", "pc-" + System.nanoTime())
                .json(body).send();
    }

    private static Response rating(String tenant, String company, String token) {
        return api.get("/subjects/" + company + "/procurement-cases", token);
    }

    @Test
    @DisplayName("R-11.3: a case's level comes from the tenant's amount thresholds (kickbacks 10,000 / 500,000 / 1,000,000; tax 50,000 / 500,000 / 2,500,000); bribing insurance staff is the top level at once; the rating is the highest active case with its measures")
    void thresholdsAndRating() {
        String company = Fixtures.register(api, SZ, "PHARMA_COMPANY", "评级测试药企");
        Response below = record(SZ, company, kase("KICKBACK", "9999.99"));
        assertEquals(422, below.status(), below::toString);
        assertEquals("AMOUNT_BELOW_THRESHOLD", below.str("code"));
        Response low = record(SZ, company, kase("KICKBACK", "10000"));
        assertEquals(201, low.status(), low::toString);
        assertEquals("DISHONEST", low.str("level"));
        assertEquals("10000.00", low.str("amount"));
        assertEquals("SERIOUSLY_DISHONEST", record(SZ, company, kase("TAX", "500000.00")).str("level"));
        assertEquals("DISHONEST", record(SZ, company, kase("TAX", "499999.99")).str("level"));

        Response r = rating(SZ, company, TestIdentity.subject(SZ, company));
        assertEquals(200, r.status(), r::toString);
        assertEquals("SERIOUSLY_DISHONEST", r.str("rating"));
        assertEquals(3, ((Number) r.at("activeCases")).intValue());
        assertEquals(List.of("阿莫西林胶囊 0.25g"), r.at("productsSuspended"));
        assertTrue(r.body().contains("暂停涉案药品挂网"), r::toString);
        assertEquals(false, r.at("allProducts"));

        Response bribe = record(SZ, company, kase("BRIBING_INSURANCE_STAFF", null));
        assertEquals(201, bribe.status(), bribe::toString);
        assertEquals("PARTICULARLY_SERIOUSLY_DISHONEST", bribe.str("level"));
        Response top = rating(SZ, company, TestIdentity.bureau(SZ, "auditor"));
        assertEquals("PARTICULARLY_SERIOUSLY_DISHONEST", top.str("rating"));
        assertEquals(true, top.at("allProducts"));
        assertEquals("PARTICULARLY_SERIOUSLY_DISHONEST", record(SZ, company, kase("VBP_BID_RIGGING", null)).str("level"));
        Response old = record(SZ, company, kase("KICKBACK_2020", "300000"));
        assertEquals("SERIOUS", old.str("level"), "the 2020 four-level scale for ratings made under it");
        assertEquals("S2020", old.str("scale"));
        Response notices = api.get("/subjects/" + company + "/notices", TestIdentity.subject(SZ, company));
        assertTrue(notices.body().contains("特别严重失信"), notices::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,345.00", "12345.678", "¥100", "-5", "1e5", " 100", "100.", ".5", "０", "100.0.0", "CNY100", "0100"})
    @DisplayName("R-11.3: an amount not written as yuan with at most 2 decimals is refused (problem+json, field amount) and nothing is written")
    void malformedAmountRefused(String amount) {
        String company = Fixtures.register(api, SZ, "PHARMA_COMPANY", "金额测试药企");
        Response r = record(SZ, company, kase("KICKBACK", amount));
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("MALFORMED_AMOUNT", r.str("code"));
        assertEquals("amount", r.str("field"));
        assertFalse(r.str("messages.zh").matches("(?s).*[A-Za-z].*"), r::toString);
        assertEquals(0, ((List<?>) rating(SZ, company, TestIdentity.bureau(SZ, "auditor")).at("cases")).size());
    }

    @Test
    @DisplayName("R-11.3, R-3.2: a case with no basis, an amount as a JSON number, no amount for an amount-rated conduct, an unknown conduct, a company of another kind are refused and nothing is written")
    void otherBadInputs() {
        String company = Fixtures.register(api, SZ, "PHARMA_COMPANY", "依据测试药企");
        Map<String, Object> noBasis = kase("KICKBACK", "20000");
        noBasis.remove("basis");
        Response nb = record(SZ, company, noBasis);
        assertEquals(400, nb.status(), nb::toString);
        assertEquals("BASIS_REQUIRED", nb.str("code"));
        assertEquals("basis", nb.str("field"));
        assertEquals(400, record(SZ, company, kase("KICKBACK", 20000)).status(), "an amount is text, not a JSON number");
        Response noAmount = record(SZ, company, kase("KICKBACK", null));
        assertEquals("AMOUNT_REQUIRED", noAmount.str("code"), noAmount::toString);
        Response unknown = record(SZ, company, kase("PRICE_FIXING", "1"));
        assertEquals("UNKNOWN_CONDUCT", unknown.str("code"), unknown::toString);
        assertEquals("conduct", unknown.str("field"));
        assertEquals(0, ((List<?>) rating(SZ, company, TestIdentity.bureau(SZ, "auditor")).at("cases")).size());
        String hospital = Fixtures.register(api, SZ, "DESIGNATED_HOSPITAL", "非药企");
        Response notPharma = record(SZ, hospital, kase("KICKBACK", "20000"));
        assertEquals(422, notPharma.status(), notPharma::toString);
        assertEquals("NOT_A_PHARMA_COMPANY", notPharma.str("code"));
        // Qinhuangdao rates pharmaceutical companies but has no procurement section of its own.
        Response noRules = record("130300", Fixtures.register(api, "130300", "PHARMA_COMPANY", "无规则药企"), kase("KICKBACK", "20000"));
        assertEquals("PROCUREMENT_RATING_NOT_CONFIGURED", noRules.str("code"), noRules::toString);
    }

    @Test
    @DisplayName("R-11.3, R-5.8: the company reads its own cases and rating; another company cannot; a clerk cannot clear; a case is not cleared before its period")
    void companyReadsOwnClearanceWaits() {
        String company = Fixtures.register(api, SZ, "PHARMA_COMPANY", "读取测试药企");
        String other = Fixtures.register(api, SZ, "PHARMA_COMPANY", "另一药企");
        Response c = record(SZ, company, kase("KICKBACK", "600000"));
        assertEquals(201, c.status(), c::toString);
        assertEquals(404, rating(SZ, company, TestIdentity.subject(SZ, other)).status());
        assertEquals(200, rating(SZ, company, TestIdentity.subject(SZ, company)).status());
        String caseId = c.str("caseId");
        Response early = api.post("/subjects/" + company + "/procurement-cases/" + caseId + "/clearance",
                TestIdentity.bureau(SZ, "bureau_reviewer"), Map.of("reasons", "已整改"));
        assertEquals(409, early.status(), early::toString);
        assertEquals("CLEARANCE_PERIOD_NOT_ENDED", early.str("code"));
        assertEquals(403, api.post("/subjects/" + company + "/procurement-cases/" + caseId + "/clearance",
                TestIdentity.bureau(SZ, "bureau_officer"), Map.of("reasons", "已整改")).status());
        assertEquals("SERIOUSLY_DISHONEST", rating(SZ, company, TestIdentity.subject(SZ, company)).str("rating"));
    }

    @Test
    @DisplayName("R-11.3: a corrected case is cleared (清零) after its period, once, and the rating falls to the highest remaining active case")
    void clearanceLowersRating() throws Exception {
        // A tenant whose levels clear after 0 months (onboarded from Hebei's file), so every period has passed.
        String code = "139" + (100 + (int) (System.nanoTime() % 800));
        String yaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/130000.yaml"))
                .replaceFirst("(?m)^id: .*$", "id: \"" + code + "\"")
                .replaceAll("clearAfterMonths: \\d+", "clearAfterMonths: 0");
        Response onboard = api.request("POST", "/platform/tenants").token(TestIdentity.operator())
                .body("application/yaml", yaml).send();
        assertEquals(201, onboard.status(), onboard::toString);
        String company = Fixtures.register(api, code, "PHARMA_COMPANY", "清零测试药企");
        Response low = record(code, company, kase("KICKBACK", "20000"));
        assertEquals(201, low.status(), low::toString);
        Response high = record(code, company, kase("KICKBACK", "2000000"));
        assertEquals("PARTICULARLY_SERIOUSLY_DISHONEST", high.str("level"));
        String reviewer = TestIdentity.bureau(code, "bureau_reviewer");
        Response noReasons = api.post("/subjects/" + company + "/procurement-cases/" + high.str("caseId") + "/clearance",
                reviewer, Map.of());
        assertEquals("REASONS_REQUIRED", noReasons.str("code"), noReasons::toString);
        assertEquals("PARTICULARLY_SERIOUSLY_DISHONEST", rating(code, company, reviewer).str("rating"), "nothing written");
        Response cleared = api.post("/subjects/" + company + "/procurement-cases/" + high.str("caseId") + "/clearance",
                reviewer, Map.of("reasons", "退还回扣并完成整改"));
        assertEquals(200, cleared.status(), cleared::toString);
        assertEquals("CLEARED", cleared.str("status"));
        Response again = api.post("/subjects/" + company + "/procurement-cases/" + high.str("caseId") + "/clearance",
                reviewer, Map.of("reasons", "再次"));
        assertEquals(409, again.status());
        assertEquals("CASE_ALREADY_CLEARED", again.str("code"));
        Response r = rating(code, company, TestIdentity.subject(code, company));
        assertEquals("DISHONEST", r.str("rating"), "the rating falls to the highest remaining active case");
        assertEquals(1, ((Number) r.at("activeCases")).intValue());
        assertEquals(200, api.post("/subjects/" + company + "/procurement-cases/" + low.str("caseId") + "/clearance",
                reviewer, Map.of("reasons", "整改到位")).status());
        Response none = rating(code, company, TestIdentity.subject(code, company));
        assertEquals(null, none.at("rating"), none::toString);
        assertTrue(api.get("/subjects/" + company + "/notices", TestIdentity.subject(code, company)).body().contains("清零"));
    }
}
