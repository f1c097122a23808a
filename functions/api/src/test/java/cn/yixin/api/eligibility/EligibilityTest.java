package cn.yixin.api.eligibility;

import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.EligibilityCheck;
import cn.yixin.store.EligibilityRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payment-eligibility points through the real handler (issue 16, R-11.1; 医保发〔2024〕23号, 医保办发〔2024〕34号). */
class EligibilityTest {

    private static final String GD = "440000";
    private static final String NC = "500119";
    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static String officer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_officer");
    }

    private static String reviewer(String tenant) {
        return TestIdentity.bureau(tenant, "bureau_reviewer");
    }

    static Map<String, Object> points(String identifier, String item, String responsibility, Object points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identifier", identifier);
        m.put("itemCode", item);
        m.put("responsibility", responsibility);
        m.put("points", points);
        m.put("actDate", Fixtures.today().minusDays(20).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "粤医保罚〔2026〕" + System.nanoTime() % 100000 + "号",
                "date", Fixtures.today().minusDays(2).toString(), "issuer", "广东省医疗保障局"));
        m.put("summary", "测试记分");
        return m;
    }

    private static Response record(String tenant, Map<String, Object> body) {
        return api.request("POST", "/eligibility/points").token(officer(tenant))
                .header("Idempotency-Key", "pts-" + System.nanoTime()).json(body).send();
    }

    private static Response check(String tenant, String identifier) {
        return api.post("/eligibility/status-checks", officer(tenant), Map.of("identifier", identifier));
    }

    private static Response ledger(String tenant, String ledgerId) {
        return api.get("/eligibility/ledgers/" + ledgerId, officer(tenant));
    }

    @Test
    @DisplayName("R-11.1: 9 points in the year suspend payment eligibility at once for the tenant's 3 months; the check answers SUSPENDED until then, nothing more; the institution and the person are told")
    void ninePointsSuspend() {
        String hospital = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "记分测试医院");
        String id = Identifiers.residentId();
        Map<String, Object> first = points(id, "FRAUD", "GENERAL", 4);
        first.put("institutionId", hospital);
        Response r1 = record(GD, first);
        assertEquals(201, r1.status(), r1::toString);
        assertEquals("NORMAL", r1.str("state"));
        assertEquals(4, ((Number) r1.at("yearPoints")).intValue());
        String ledgerId = r1.str("ledgerId");
        assertFalse(r1.body().contains(id), "the answer never carries the identifier");
        assertEquals(ResidentMask.of(id), r1.str("idMasked"));

        Response six = record(GD, points(id, "FALSE_RECORDS", "GENERAL", 2));
        assertEquals(201, six.status(), six::toString);
        assertEquals(true, six.at("interviewDue"), "the tenant's interview (约谈) threshold of 6: " + six);
        assertEquals("NORMAL", six.str("state"));
        Response r2 = record(GD, points(id, "FALSE_RECORDS", "GENERAL", 3));
        assertEquals(201, r2.status(), r2::toString);
        assertEquals(ledgerId, r2.str("ledgerId"), "one ledger per person");
        assertEquals("SUSPENDED", r2.str("state"));
        LocalDate today = Fixtures.today();
        LocalDate until = today.plusMonths(3).minusDays(1);
        assertEquals(until.toString(), r2.str("until"));
        assertEquals(9, ((Number) r2.at("yearPoints")).intValue());

        Response c = check(GD, id);
        assertEquals(200, c.status(), c::toString);
        assertEquals(Map.of("status", "SUSPENDED", "until", until.toString()), c.map());

        Response notices = api.get("/subjects/" + hospital + "/notices", TestIdentity.subject(GD, hospital));
        assertEquals(200, notices.status(), notices::toString);
        assertTrue(notices.body().contains("暂停医保支付资格"), notices::toString);
        Response read = ledger(GD, ledgerId);
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.body().contains("SUSPENDED") && read.body().contains("暂停医保支付资格"), read::toString);
        assertTrue(read.body().contains("INTERVIEW"), "the 6-point interview was told on the way: " + read);

        Response suspended = api.get("/eligibility/ledgers?state=SUSPENDED", officer(GD));
        assertEquals(200, suspended.status(), suspended::toString);
        assertTrue(suspended.body().contains(ledgerId), suspended::toString);
        Response normal = api.get("/eligibility/ledgers?state=NORMAL", officer(GD));
        assertFalse(normal.body().contains(ledgerId), normal::toString);
    }

    @Test
    @DisplayName("R-11.1: 12 points in one act terminate with a 3-year re-registration bar; withdrawing the act on an upheld objection restores the points and NORMAL at once; a second withdrawal is refused")
    void twelveTerminatesWithdrawalRestores() {
        String id = Identifiers.residentId();
        Response r = record(GD, points(id, "FRAUD", "PRINCIPAL", 12));
        assertEquals(201, r.status(), r::toString);
        assertEquals("TERMINATED", r.str("state"));
        assertEquals(Fixtures.today().plusYears(3).minusDays(1).toString(), r.str("until"));
        String ledgerId = r.str("ledgerId");
        String actId = r.str("acts.0.actId");
        assertEquals("TERMINATED", check(GD, id).str("status"));

        Response noRef = api.post("/eligibility/ledgers/" + ledgerId + "/acts/" + actId + "/withdrawal", reviewer(GD),
                Map.of("reasons", "异议成立"));
        assertProblem(noRef, 400, "REFERENCE_REQUIRED", "reference");
        assertEquals("TERMINATED", check(GD, id).str("status"), "nothing written by the refused withdrawal");

        Response w = api.request("POST", "/eligibility/ledgers/" + ledgerId + "/acts/" + actId + "/withdrawal")
                .token(reviewer(GD)).header("Idempotency-Key", "wd-" + actId)
                .json(Map.of("reasons", "异议成立，原处罚决定已撤销", "reference", "粤医保异〔2026〕1号")).send();
        assertEquals(200, w.status(), w::toString);
        assertEquals("NORMAL", w.str("state"));
        assertEquals(0, ((Number) w.at("yearPoints")).intValue());
        assertEquals(false, w.at("acts.0.counts"));
        assertTrue(w.body().contains("CHANGED_TO_NORMAL"), w::toString);
        assertEquals(Map.of("status", "NORMAL"), withoutNulls(check(GD, id).map()));

        Response again = api.post("/eligibility/ledgers/" + ledgerId + "/acts/" + actId + "/withdrawal", reviewer(GD),
                Map.of("reasons", "重复", "reference", "粤医保异〔2026〕1号"));
        assertProblem(again, 409, "POINTS_ACT_ALREADY_WITHDRAWN", null);
        Response officerTries = api.post("/eligibility/ledgers/" + ledgerId + "/acts/" + actId + "/withdrawal",
                officer(GD), Map.of("reasons", "x", "reference", "y"));
        assertEquals(403, officerTries.status(), "a clerk records; only a reviewer withdraws");
    }

    @Test
    @DisplayName("R-11.1: points outside 1-12, outside the catalogue item's band, an unknown item, no basis (R-3.2), a malformed ID or date are refused with problem+json naming the field, and nothing is written")
    void badInputsWriteNothing() {
        String id = Identifiers.residentId();
        assertProblem(record(GD, points(id, "FRAUD", "PRINCIPAL", 13)), 400, "POINTS_OUT_OF_RANGE", "points");
        assertProblem(record(GD, points(id, "FRAUD", "PRINCIPAL", 0)), 400, "POINTS_OUT_OF_RANGE", "points");
        assertProblem(record(GD, points(id, "FRAUD", "PRINCIPAL", 9)), 400, "POINTS_OUTSIDE_BAND", "points");
        assertProblem(record(GD, points(id, "NONCOMPLIANT_BILLING", "GENERAL", 2)), 400,
                "RESPONSIBILITY_NOT_IN_CATALOGUE", "responsibility");
        assertProblem(record(GD, points(id, "NO_SUCH_CONDUCT", "GENERAL", 2)), 400, "UNKNOWN_CATALOGUE_ITEM", "itemCode");
        Map<String, Object> noBasis = points(id, "FRAUD", "GENERAL", 4);
        noBasis.remove("basis");
        assertProblem(record(GD, noBasis), 400, "BASIS_REQUIRED", "basis");
        Map<String, Object> halfBasis = points(id, "FRAUD", "GENERAL", 4);
        halfBasis.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "粤医保罚〔2026〕9号"));
        assertProblem(record(GD, halfBasis), 400, "BASIS_REQUIRED", "basis");
        Response badId = record(GD, points(Identifiers.withWrongCheck(id), "FRAUD", "GENERAL", 4));
        assertEquals(400, badId.status(), badId::toString);
        assertEquals("identifier", badId.str("field"));
        assertFalse(badId.body().contains(id.substring(0, 17)), "the refused identifier is not echoed");
        Map<String, Object> slashDate = points(id, "FRAUD", "GENERAL", 4);
        slashDate.put("actDate", "2026/01/05");
        Response date = record(GD, slashDate);
        assertEquals(400, date.status(), date::toString);
        assertEquals("actDate", date.str("field"));
        Map<String, Object> textPoints = points(id, "FRAUD", "GENERAL", "4");
        assertEquals(400, record(GD, textPoints).status());
        Map<String, Object> unknownInstitution = points(id, "FRAUD", "GENERAL", 4);
        unknownInstitution.put("institutionId", "S00000000000000000000");
        assertProblem(record(GD, unknownInstitution), 400, "UNKNOWN_INSTITUTION", "institutionId");

        // Nothing was written: the person has no ledger, and the first valid act is the ledger's only one.
        assertEquals(Map.of("status", "NORMAL"), withoutNulls(check(GD, id).map()));
        Response ok = record(GD, points(id, "FRAUD", "GENERAL", 4));
        assertEquals(201, ok.status(), ok::toString);
        assertEquals(1, ((List<?>) ok.at("acts")).size(), ok::toString);
    }

    @Test
    @DisplayName("R-11.1, R-1.3: the ledger lives in the tenant that records it: another tenant's check does not see it, its ledger id is 404 there, a tenant without eligibility rules refuses")
    void ledgerStaysInItsTenant() {
        String id = Identifiers.residentId();
        Response r = record(GD, points(id, "FRAUD", "PRINCIPAL", 10));
        assertEquals(201, r.status(), r::toString);
        String ledgerId = r.str("ledgerId");
        assertEquals("NORMAL", check(NC, id).str("status"), "Nanchuan keeps its own ledgers");
        assertEquals(404, ledger(NC, ledgerId).status());
        assertFalse(api.get("/eligibility/ledgers", officer(NC)).body().contains(ledgerId));
        Response sichuan = check("510000", id);
        assertProblem(sichuan, 422, "ELIGIBILITY_NOT_CONFIGURED", null);
        String hospital = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "记分隔离测试医院");
        assertEquals(403, api.post("/eligibility/status-checks", TestIdentity.subject(GD, hospital),
                Map.of("identifier", id)).status(), "a credit subject cannot query eligibility");
    }

    @Test
    @DisplayName("R-11.1, R-2.2: every settlement check is audited (ledger id, caller, answer) and the resident ID is nowhere in the table in clear")
    void checksAuditedIdentifierNeverInClear() {
        String id = Identifiers.residentId();
        Response r = record(GD, points(id, "FALSE_RECORDS", "GENERAL", 2));
        String ledgerId = r.str("ledgerId");
        EligibilityRepository repo = api.context().getBean(EligibilityRepository.class);
        long before = repo.checks(GD, Fixtures.today()).stream().filter(c -> ledgerId.equals(c.ledgerId())).count();
        assertEquals(200, check(GD, id).status());
        assertEquals(200, check(GD, id).status());
        List<EligibilityCheck> mine = repo.checks(GD, Fixtures.today()).stream()
                .filter(c -> ledgerId.equals(c.ledgerId())).toList();
        assertEquals(before + 2, mine.size());
        assertEquals("NORMAL", mine.get(mine.size() - 1).answered().name());
        assertTrue(mine.get(mine.size() - 1).caller() != null);
        var scan = api.dynamo().scanPaginator(ScanRequest.builder().tableName("yixin").build());
        scan.items().forEach(item -> assertFalse(item.toString().contains(id), () -> "clear identifier in " + item.get("pk")));
    }

    @Test
    @DisplayName("R-11.1: two clerks scoring a new person at the same instant make one ledger with both acts (conditional writes)")
    void concurrentFirstActsMakeOneLedger() throws Exception {
        String id = Identifiers.residentId();
        List<Callable<Response>> calls = List.of(
                () -> record(GD, points(id, "EXCESSIVE_TREATMENT", "GENERAL", 1)),
                () -> record(GD, points(id, "EXCESSIVE_TREATMENT", "GENERAL", 2)),
                () -> record(GD, points(id, "EXCESSIVE_TREATMENT", "GENERAL", 3)));
        List<Response> out = StartingGate.all(calls);
        out.forEach(x -> assertEquals(201, x.status(), x::toString));
        assertEquals(1, out.stream().map(x -> x.str("ledgerId")).distinct().count());
        Response read = ledger(GD, out.get(0).str("ledgerId"));
        assertEquals(3, ((List<?>) read.at("acts")).size(), read::toString);
        assertEquals(6, ((Number) read.at("yearPoints")).intValue());
    }

    @Test
    @DisplayName("R-11.1: on the day a suspension ends the sweep restores NORMAL and tells the institution, once; a second run of the day writes nothing")
    void sweepEndsSuspensionOnItsDay() {
        String hospital = Fixtures.register(api, GD, "DESIGNATED_HOSPITAL", "记分到期测试医院");
        String id = Identifiers.residentId();
        Map<String, Object> body = points(id, "FRAUD", "IMPORTANT", 9);
        body.put("institutionId", hospital);
        Response r = record(GD, body);
        assertEquals("SUSPENDED", r.str("state"), r::toString);
        LocalDate back = LocalDate.parse(r.str("until")).plusDays(1);
        assertTrue(r.body().contains("{\"on\":\"" + back + "\",\"kind\":\"RESTORED\""), r::toString);
        EligibilitySweepJob job = api.context().getBean(EligibilitySweepJob.class);
        var tenant = api.context().getBean(TenantDirectory.class).current(GD);
        assertEquals(0, job.run(tenant, back.minusDays(1)) >= 0 ? 0 : 1);
        int first = job.run(tenant, back);
        assertTrue(first >= 1, "the ledger due that day was written");
        assertEquals(0, job.run(tenant, back), "the day's second run tells nobody again");
        Response notices = api.get("/subjects/" + hospital + "/notices", TestIdentity.subject(GD, hospital));
        assertTrue(notices.body().contains("医保支付资格恢复正常"), notices::toString);
        Response read = ledger(GD, r.str("ledgerId"));
        assertEquals(1, read.body().split("\"kind\":\"RESTORED\",\"text\"", -1).length - 1, read::toString);
    }

    static void assertProblem(Response r, int status, String code, String field) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        assertEquals(code, r.str("code"), r::toString);
        if (field != null) {
            assertEquals(field, r.str("field"), r::toString);
        }
        Consumer<String> nonBlank = k -> assertTrue(r.str(k) != null && !r.str(k).isBlank(), () -> k + " in " + r);
        nonBlank.accept("detail");
        nonBlank.accept("messages.en");
        assertFalse(r.str("messages.zh").matches("(?s).*[A-Za-z].*"), () -> "no English inside the Chinese: " + r);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    /** The masked form the answers show. */
    static final class ResidentMask {
        static String of(String id) {
            return cn.yixin.domain.identifier.ResidentIdNumber.mask(id);
        }
    }
}
