package cn.yixin.api.security;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tenants never see each other's data; identity only from verified tokens (ARCHITECTURE: tenancy).
 * Every request goes through the real payload-2.0 handler with real RS256 tokens.
 */
class IdentityAndIsolationTest {

    static ApiUnderTest api;
    static String guangdongSubject;
    static String guangdongRecord;
    static String nanchuanSubject;

    @BeforeAll
    static void seed() {
        api = ApiUnderTest.shared();
        guangdongSubject = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "广东测试医院");
        guangdongRecord = Fixtures.record(api, "440000", guangdongSubject,
                Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today().minusDays(10))).str("recordId");
        nanchuanSubject = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "南川测试医院");
    }

    @Test
    @DisplayName("R-1.3: a token of another tenant reaches nothing of Guangdong's, through every subject operation")
    void otherTenantReachesNothing() {
        String sichuanAdmin = TestIdentity.bureau("510000", "bureau_admin", "bureau_officer");
        String s = guangdongSubject;
        Map<String, Object> record = Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today());
        // Every tenant-scoped operation that names a subject, called with Guangdong's subject id.
        Response[] answers = {
                api.get("/subjects/" + s, sichuanAdmin),
                api.get("/subjects/" + s + "/records", sichuanAdmin),
                api.get("/subjects/" + s + "/links", sichuanAdmin),
                api.post("/subjects/" + s + "/records", sichuanAdmin, record),
                api.post("/subjects/" + s + "/records/" + guangdongRecord + "/corrections", sichuanAdmin,
                        Map.of("reason", "试图跨地区更正", "withdraw", true)),
                api.post("/subjects/" + s + "/links", sichuanAdmin,
                        Map.of("relation", "PRACTISES_AT", "institutionId", s)),
                api.post("/subjects/" + s + "/commitments", sichuanAdmin,
                        Map.of("template", "AGREEMENT_SIGNING", "channel", "PAPER", "signedOn", "2026-01-05")),
                api.post("/subjects/" + s + "/commitments/AGREEMENT_SIGNING/outcomes", sichuanAdmin,
                        Map.of("outcome", "FULFILLED", "summary", "x", "effectiveFrom", "2026-01-05")),
        };
        for (Response r : answers) {
            assertEquals(404, r.status(), () -> "expected not found, got " + r);
            assertEquals("SUBJECT_NOT_FOUND", r.str("code"));
        }
        // Lists and searches are scoped by the token's tenant: Guangdong's hospital is not among Sichuan's.
        Response list = api.get("/subjects?kind=DESIGNATED_HOSPITAL&limit=200", sichuanAdmin);
        assertEquals(200, list.status());
        assertFalse(list.body().contains(s));
        // And the archive write that was refused left Guangdong's subject untouched.
        Response mine = api.get("/subjects/" + s + "/records", TestIdentity.bureau("440000", "auditor"));
        assertEquals(1, ((java.util.List<?>) mine.at("entries")).size());
    }

    @Test
    @DisplayName("R-1.3: the operation catalog has no tenant in any bureau path: the tenant can only come from the token "
            + "(a public page has no token: its region is its address, and IsolationMatrixTest sends it other regions)")
    void noTenantInBureauPaths() {
        for (OperationCatalog.Operation op : OperationCatalog.ALL) {
            if (op.tenantScoped() && !op.roles().contains(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)) {
                assertFalse(op.path().contains("tenant"), op.name() + " takes a tenant from its path");
            }
        }
    }

    @Test
    @DisplayName("R-5.8: a credit subject reads its own profile and archive and nothing of another subject")
    void creditSubjectSeesOnlyItself() {
        String own = TestIdentity.subject("500119", nanchuanSubject);
        assertEquals(200, api.get("/subjects/" + nanchuanSubject, own).status());
        assertEquals(200, api.get("/subjects/" + nanchuanSubject + "/records", own).status());
        assertEquals(200, api.get("/me", own).status());
        String other = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "另一家医院");
        assertEquals(404, api.get("/subjects/" + other, own).status());
        assertEquals(404, api.get("/subjects/" + other + "/records", own).status());
        // Bureau-only operations are refused by role.
        assertEquals(403, api.get("/subjects?kind=DESIGNATED_HOSPITAL", own).status());
        assertEquals(403, api.post("/subjects/" + nanchuanSubject + "/records", own,
                Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today())).status());
        // A subject's token for the same id in another tenant finds nothing there.
        assertEquals(404, api.get("/subjects/" + nanchuanSubject, TestIdentity.subject("500000", nanchuanSubject)).status());
    }

    @Test
    @DisplayName("Tokens: missing, expired, wrongly signed, wrong audience, unknown role -> 401 problem+json")
    void badTokensAre401() {
        String path = "/subjects/" + guangdongSubject;
        String[] tokens = {
                null,
                TestIdentity.expired("440000"),
                TestIdentity.wronglySigned("440000"),
                TestIdentity.wrongAudience("440000"),
                TestIdentity.bureau("440000", "superuser"),
                "not.a.jwt",
        };
        for (String t : tokens) {
            Response r = api.get(path, t);
            assertEquals(401, r.status(), () -> "token " + t + " gave " + r);
            assertEquals("UNAUTHENTICATED", r.str("code"));
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        }
    }

    @Test
    @DisplayName("The x-amzn-oidc-identity header alone grants nothing (MicronautLambdaAuthenticationFetcher replaced)")
    void oidcHeaderGrantsNothing() {
        Response r = api.request("GET", "/subjects/" + guangdongSubject)
                .header("x-amzn-oidc-identity", "officer-1")
                .header("x-amzn-oidc-data", "eyJhbGciOiJub25lIn0.eyJ0ZW5hbnQiOiI0NDAwMDAifQ.")
                .send();
        assertEquals(401, r.status());
    }

    @Test
    @DisplayName("An identity provider speaks only for its own tenant: Shenzhen's IdP cannot mint a Guangdong token")
    void issuerBoundToTenant() {
        String forGuangdong = TestIdentity.fromShenzhenIdp("440000", "bureau_officer");
        assertEquals(401, api.get("/subjects/" + guangdongSubject, forGuangdong).status());
        String forShenzhen = TestIdentity.fromShenzhenIdp("440300", "bureau_officer");
        assertEquals(200, api.get("/config", forShenzhen).status());
        // Nor may a tenant IdP mint platform operators.
        String operator = TestIdentity.fromShenzhenIdp("platform", "platform_operator");
        assertEquals(401, api.get("/platform/tenants", operator).status());
    }

    @Test
    @DisplayName("Roles: an auditor reads but cannot record; a bureau token cannot use platform operations")
    void rolesAreEnforced() {
        String auditor = TestIdentity.bureau("440000", "auditor");
        assertEquals(200, api.get("/subjects/" + guangdongSubject, auditor).status());
        Response write = api.post("/subjects/" + guangdongSubject + "/records", auditor,
                Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today()));
        assertEquals(403, write.status());
        assertEquals("FORBIDDEN", write.str("code"));
        assertEquals(403, api.get("/platform/tenants", TestIdentity.bureau("440000", "bureau_admin")).status());
        // An operator token carries no tenant, so it cannot reach a tenant's subjects either.
        Response op = api.get("/subjects/" + guangdongSubject, TestIdentity.operator());
        assertNotEquals(200, op.status());
    }
}
