package cn.yixin.api.measure;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: measure lists in force and the measures a subject is under (R-7.2, 004 §22, §25, §28). */
class MeasureApplicationTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Response r, String path) {
        return (List<Map<String, Object>>) r.at(path);
    }

    private static Set<String> listedCodes(Response r) {
        return entries(r, "measures").stream().map(m -> (String) m.get("code")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> appliedCodes(Response r) {
        return entries(r, "measures").stream().map(e -> (String) ((Map<String, Object>) e.get("measure")).get("code"))
                .collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "R-7.3 tenant {0}")
    @ValueSource(strings = {"440000", "440300", "510000", "130000", "130300", "500000", "500119"})
    @DisplayName("R-7.3, 004 §28: every tenant reads its lists in force, the parent's first, each entry naming who publishes it at which version")
    void listsPerTenant(String tenant) throws Exception {
        Response r = api.get("/measures", TestIdentity.bureau(tenant, "auditor"));
        assertEquals(200, r.status(), r::toString);
        List<Map<String, Object>> measures = entries(r, "measures");
        assertFalse(measures.isEmpty(), tenant);
        String own = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/" + tenant + ".yaml"));
        String parent = own.contains("\nparent: \"") ? own.split("\nparent: \"")[1].substring(0, 6) : null;
        if (parent != null) {
            assertEquals(parent, measures.get(0).get("publishedBy"), "inherited entries come first");
            assertTrue(listedCodes(api.get("/measures", TestIdentity.bureau(tenant, "auditor")))
                    .containsAll(listedCodes(api.get("/measures", TestIdentity.bureau(parent, "auditor")))));
        }
        assertEquals(tenant, measures.get(measures.size() - 1).get("publishedBy"));
        for (Map<String, Object> m : measures) {
            assertFalse(((String) m.get("basis")).isBlank());
            assertTrue(((Number) m.get("configVersion")).intValue() >= 1);
        }
    }

    @Test
    @DisplayName("R-7.2, 004 §25, §28: a Guangdong hospital's measures start and end with its live grade and listing, each citing grade, configuration version and basis")
    void guangdongHospital() {
        String hospital = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "措施测试医院");
        String self = TestIdentity.subject("440000", hospital);
        Response clean = api.get("/subjects/" + hospital + "/measures", self);
        assertEquals(200, clean.status(), clean::toString);
        assertEquals("B", clean.str("grade"), "a new Guangdong hospital starts at 850, grade B");
        assertEquals(Set.of("GD_B_FEWER_INSPECTIONS"), appliedCodes(clean));
        Map<String, Object> fewer = entries(clean, "measures").get(0);
        assertEquals("信用等级为B级且评价期内不存在失信行为，依据004 §25(二)实施激励措施。", fewer.get("reasonZh"));
        assertEquals(50.0, ((Number) ((Map<?, ?>) ((Map<?, ?>) fewer.get("measure")).get("effect")).get("inspectionOfBasePercent")).doubleValue());
        assertEquals(1, ((Number) clean.at("configVersion")).intValue());

        // 004 §25: any dishonest act in the period ends the incentives, whatever the grade.
        Fixtures.record(api, "440000", hospital, negative("ADMINISTRATIVE", "GENERAL", today().minusDays(2)));
        Response afterAct = api.get("/subjects/" + hospital + "/measures", self);
        assertTrue(afterAct.at("dishonestActInPeriod").equals(Boolean.TRUE), afterAct::toString);
        assertEquals(Set.of(), appliedCodes(afterAct));

        // 004 §20, §28: on the serious-dishonesty list: grade E, the national entry and the low-grade inspection.
        String listing = Fixtures.record(api, "440000", hospital, negative("DISHONESTY_LIST", "SERIOUS",
                today().minusDays(1))).str("recordId");
        Response listed = api.get("/subjects/" + hospital + "/measures", TestIdentity.bureau("440000", "bureau_officer"));
        assertEquals("E", listed.str("grade"));
        assertEquals(Boolean.TRUE, listed.at("listed"));
        assertEquals(Set.of("NAT_SERIOUS_DISHONESTY", "GD_LOW_GRADE_KEY_INSPECTION"), appliedCodes(listed));
        assertTrue(listed.body().contains("已列入严重失信主体名单，依据004 §28实施惩戒措施。"));

        // The listing withdrawn: its punishment ends with it (the standing no longer holds the listing).
        Response withdrawn = api.post("/subjects/" + hospital + "/records/" + listing + "/corrections",
                TestIdentity.bureau("440000", "bureau_officer"), Map.of("reason", "列入名单决定已撤销", "withdraw", true));
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        Response after = api.get("/subjects/" + hospital + "/measures", self);
        assertEquals(Boolean.FALSE, after.at("listed"));
        assertFalse(appliedCodes(after).contains("NAT_SERIOUS_DISHONESTY"));
    }

    @Test
    @DisplayName("R-7.3: a Shenzhen pharma company at grade E is under Shenzhen's own supplement (000 §4(4)) and Guangdong's national entry")
    void shenzhenInherits() {
        String company = Fixtures.register(api, "440300", "PHARMA_COMPANY", "措施测试医药企业");
        Fixtures.record(api, "440300", company, negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(1)));
        Response r = api.get("/subjects/" + company + "/measures", TestIdentity.bureau("440300", "auditor"));
        assertEquals(200, r.status(), r::toString);
        assertEquals(Set.of("NAT_SERIOUS_DISHONESTY", "SZ_PHARMA_TRADING"), appliedCodes(r));
        Map<?, ?> national = (Map<?, ?>) entries(r, "measures").stream().map(e -> e.get("measure"))
                .filter(m -> "NAT_SERIOUS_DISHONESTY".equals(((Map<?, ?>) m).get("code"))).findFirst().orElseThrow();
        assertEquals("440000", national.get("publishedBy"));
        assertEquals("004 §28", national.get("basis"));
    }

    @Test
    @DisplayName("R-2.2/R-7.3: a subject reads only its own measures; another tenant cannot name it")
    void isolation() {
        String hospital = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "措施隔离医院");
        String other = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "措施隔离医院二");
        Response own = api.get("/subjects/" + hospital + "/measures", TestIdentity.subject("500119", hospital));
        assertEquals(200, own.status(), own::toString);
        assertEquals(Set.of("NC_INSTITUTION_INCENTIVE"), appliedCodes(own), "grade B: 001 §29 for A and B, not publicity (A)");
        Response foreign = api.get("/subjects/" + hospital + "/measures", TestIdentity.subject("500119", other));
        assertEquals(404, foreign.status(), foreign::toString); // another subject is not told it exists
        Response elsewhere = api.get("/subjects/" + hospital + "/measures", TestIdentity.bureau("440000", "auditor"));
        assertEquals(404, elsewhere.status(), elsewhere::toString);
    }

    @Test
    @DisplayName("R-7.3, 004 §28: onboarding a child that repeats a parent's measure is refused whole, naming the field")
    void childMayOnlyAddOverApi() throws Exception {
        String doc = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"))
                .replaceFirst("(?m)^id: .*$", "id: \"500190\"")
                .replace("code: NC_PUBLICITY", "code: NAT_SERIOUS_DISHONESTY");
        Response r = api.request("POST", "/platform/tenants").token(TestIdentity.operator())
                .body("application/yaml", doc).send();
        assertEquals(400, r.status(), r::toString);
        assertEquals("TENANT_CONFIG_INVALID", r.str("code"));
        assertTrue(r.body().contains("measures[0].code"), r::toString);
        assertEquals(404, api.get("/platform/tenants/500190/config", TestIdentity.operator()).status());
    }
}
