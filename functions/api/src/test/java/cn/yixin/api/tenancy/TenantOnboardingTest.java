package cn.yixin.api.tenancy;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-1.1/R-1.2: onboarding is an operation; configuration is versioned; a broken tenant is rejected whole. */
class TenantOnboardingTest {

    static ApiUnderTest api;
    static String operator;
    static String nanchuanYaml;

    @BeforeAll
    static void start() throws Exception {
        api = ApiUnderTest.shared();
        operator = TestIdentity.operator();
        nanchuanYaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"));
    }

    /** Nanchuan's file under another district code of Chongqing, so tests can change it freely. */
    private static String district(String code) {
        return nanchuanYaml.replace("id: \"500119\"", "id: \"" + code + "\"");
    }

    @Test
    @DisplayName("R-1.1: the operator onboards a district (YAML body) under an onboarded parent; the bureau can then work")
    void onboardThroughTheApi() {
        Response r = api.request("POST", "/platform/tenants").token(operator).body("application/yaml", district("500120")).send();
        assertEquals(201, r.status(), r::toString);
        assertEquals("500120", r.str("tenantId"));
        assertEquals(1, ((Number) r.at("version")).intValue());
        assertTrue(api.get("/platform/tenants", operator).body().contains("500120"));
        String hospital = Fixtures.register(api, "500120", "DESIGNATED_HOSPITAL", "新区医院");
        assertEquals(200, api.get("/subjects/" + hospital, TestIdentity.bureau("500120", "auditor")).status());
        Response again = api.request("POST", "/platform/tenants").token(operator).body("application/yaml", district("500120")).send();
        assertEquals(409, again.status());
        assertEquals("TENANT_EXISTS", again.str("code"));
    }

    @Test
    @DisplayName("R-1.2: a broken tenant is rejected whole with every problem named by field, and nothing is stored")
    void brokenTenantRejectedWhole() {
        String broken = district("500121")
                .replace("objectionFilingDays: 10", "objectionFilingDays: 0")
                .replace("method: ADD_SUBTRACT", "method: GUESSWORK");
        Response r = api.request("POST", "/platform/tenants").token(operator).body("application/yaml", broken).send();
        assertEquals(400, r.status());
        assertEquals("TENANT_CONFIG_INVALID", r.str("code"));
        List<?> problems = (List<?>) r.at("details.problems");
        assertTrue(problems.size() >= 2, r::toString);
        String all = problems.toString();
        assertTrue(all.contains("timelines.objectionFilingDays"), all);
        assertTrue(all.contains("method"), all);
        String table = api.dynamo().scan(ScanRequest.builder().tableName("yixin").build()).items().toString();
        assertFalse(table.contains("T#500121#"), "nothing of the broken tenant was written");
        assertFalse(api.get("/platform/tenants", operator).body().contains("500121"));
    }

    @Test
    @DisplayName("R-1.1: a child cannot be onboarded before its parent")
    void parentFirst() {
        // A well-formed district of Guiyang (520100), which is not onboarded.
        String missingParent = district("520102").replace("parent: \"500000\"", "parent: \"520100\"");
        Response r = api.request("POST", "/platform/tenants").token(operator).body("application/yaml", missingParent).send();
        assertEquals(400, r.status(), r::toString);
        assertEquals("PARENT_NOT_ONBOARDED", r.str("code"), r::toString);
        assertEquals("parent", r.str("field"));
    }

    @Test
    @DisplayName("R-1.2: an update is a new version; old versions stay readable; new grades name the version that produced them")
    void updateIsANewVersion() {
        String code = "500122";
        assertEquals(201, api.request("POST", "/platform/tenants").token(operator).body("application/yaml", district(code)).send().status());
        String doctor = Fixtures.register(api, code, "DOCTOR", "版本测试医生");

        String changed = district(code).replace("base: 85 ", "base: 88 ");
        assertTrue(!changed.equals(district(code)), "the fixture edit must change the file");
        Response stale = api.request("PUT", "/platform/tenants/" + code + "/config").token(operator)
                .header("If-Match", "7").body("application/yaml", changed).send();
        assertEquals(409, stale.status());
        assertEquals("CONFIG_VERSION_CONFLICT", stale.str("code"));
        Response noIfMatch = api.request("PUT", "/platform/tenants/" + code + "/config").token(operator)
                .body("application/yaml", changed).send();
        assertEquals("IF_MATCH_REQUIRED", noIfMatch.str("code"));
        Response updated = api.request("PUT", "/platform/tenants/" + code + "/config").token(operator)
                .header("If-Match", "1").header("X-Change-Reason", "个人基础分调整为88").body("application/yaml", changed).send();
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(2, ((Number) updated.at("version")).intValue());

        Response v1 = api.get("/platform/tenants/" + code + "/config?version=1", operator);
        Response v2 = api.get("/platform/tenants/" + code + "/config", operator);
        assertEquals(85, ((Number) v1.at("document.schemes.individual.base")).intValue());
        assertEquals(88, ((Number) v2.at("document.schemes.individual.base")).intValue());
        assertEquals("个人基础分调整为88", v2.str("reason"));
        assertEquals(404, api.get("/platform/tenants/" + code + "/config?version=9", operator).status());

        Response graded = Fixtures.record(api, code, doctor, Fixtures.positive("HONOUR", Fixtures.today()));
        assertEquals(2, ((Number) graded.at("subject.grade.configVersion")).intValue());
        assertEquals(93, ((Number) graded.at("subject.grade.score")).intValue(), "88 + 5 under version 2");
        Response history = api.get("/subjects/" + doctor, TestIdentity.bureau(code, "auditor"));
        assertEquals(1, ((Number) history.at("history.0.configVersion")).intValue());
        assertEquals(2, ((Number) history.at("history.1.configVersion")).intValue());

        // The document's id must match the path.
        Response mismatch = api.request("PUT", "/platform/tenants/" + code + "/config").token(operator)
                .header("If-Match", "2").body("application/yaml", district("500123")).send();
        assertEquals("TENANT_ID_MISMATCH", mismatch.str("code"));
    }

    @Test
    @DisplayName("R-1.2: bureau staff read their own region's rules; only the platform operator reads others'")
    void bureauReadsOwnConfig() {
        Response own = api.get("/config", TestIdentity.bureau("440300", "bureau_admin"));
        assertEquals(200, own.status());
        assertEquals("440300", own.str("document.id"));
        assertEquals(5, ((Number) own.at("document.timelines.objectionFilingDays")).intValue(), "R-6.2 Shenzhen: 5");
        assertEquals(403, api.get("/platform/tenants/440000/config", TestIdentity.bureau("440300", "bureau_admin")).status());
        assertTrue(Files.exists(Path.of(ApiUnderTest.repoRoot().toString(), "tenants", "440300.yaml")));
    }
}
