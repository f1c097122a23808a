package cn.yixin.api.evaluation;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What-if (Nanchuan 001 §21: consult before changing indicators): every current subject under a draft configuration,
 * the distribution under both and who would move, and nothing written anywhere.
 */
class WhatIfTest {

    static final String NC = "500119";
    final ApiUnderTest api = EvaluationApi.get();

    @Test
    @DisplayName("R-5.1/001 §21 a draft with a higher individual base moves clean doctors B -> A; the table is unchanged")
    void draftDocument() throws IOException {
        String doctor = Fixtures.register(api, NC, "DOCTOR", "张医生");
        String penalised = Fixtures.register(api, NC, "DOCTOR", "李医生");
        Fixtures.record(api, NC, penalised, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", Fixtures.today().minusDays(3)));
        String yaml = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"));
        String draft = yaml.replace("base: 85                  # default", "base: 95                  # draft");
        assertTrue(!draft.equals(yaml));

        List<String> before = EvaluationApi.wholeTable();
        Response r = api.post("/cycles/what-if", TestIdentity.bureau(NC, "bureau_admin"), Map.of("document", draft));
        assertEquals(200, r.status(), r::toString);
        assertEquals(before, EvaluationApi.wholeTable(), "a what-if writes nothing");
        assertEquals(1, ((Number) r.at("currentVersion")).intValue());
        assertTrue(((Number) r.at("current.DOCTOR.B")).intValue() >= 1, r::toString);
        assertTrue(((Number) r.at("draft.DOCTOR.A")).intValue() >= 1, r::toString);
        @SuppressWarnings("unchecked") List<Map<String, Object>> movers = (List<Map<String, Object>>) r.at("movers");
        Map<String, Object> mine = movers.stream().filter(m -> doctor.equals(m.get("subjectId"))).findFirst().orElseThrow();
        assertEquals("B", mine.get("from"));
        assertEquals("A", mine.get("to"));
        assertEquals(85, ((Number) mine.get("scoreFrom")).intValue());
        assertEquals(95, ((Number) mine.get("scoreTo")).intValue());
        Map<String, Object> other = movers.stream().filter(m -> penalised.equals(m.get("subjectId"))).findFirst().orElseThrow();
        assertEquals("C", other.get("from"));
        assertEquals("B", other.get("to"));
        // Distributions count the same subjects under both configurations.
        @SuppressWarnings("unchecked") Map<String, Map<String, Number>> cur = (Map<String, Map<String, Number>>) r.at("current");
        @SuppressWarnings("unchecked") Map<String, Map<String, Number>> dr = (Map<String, Map<String, Number>>) r.at("draft");
        long a = cur.values().stream().flatMap(m -> m.values().stream()).mapToLong(Number::longValue).sum();
        long b = dr.values().stream().flatMap(m -> m.values().stream()).mapToLong(Number::longValue).sum();
        assertEquals(a, b);
        assertEquals(a, ((Number) r.at("subjects")).longValue());
    }

    @Test
    @DisplayName("What-if against a stored version: the current one moves nobody")
    void storedVersion() {
        Response r = api.post("/cycles/what-if", TestIdentity.bureau(NC, "bureau_admin"), Map.of("configVersion", 1));
        assertEquals(200, r.status(), r::toString);
        assertEquals(0, ((Number) r.at("moversTotal")).intValue());
        assertEquals(1, ((Number) r.at("draftVersion")).intValue());
    }

    @Test
    @DisplayName("Bad what-ifs: both or neither draft, unknown version, another tenant's file, a broken file, not an admin")
    void badInput() throws IOException {
        String admin = TestIdentity.bureau(NC, "bureau_admin");
        List<String> before = EvaluationApi.wholeTable();
        expect(api.post("/cycles/what-if", admin, Map.of()), 400, "WHAT_IF_NEEDS_ONE_DRAFT");
        expect(api.post("/cycles/what-if", admin, Map.of("configVersion", 1, "document", "id: x")), 400, "WHAT_IF_NEEDS_ONE_DRAFT");
        expect(api.post("/cycles/what-if", admin, Map.of("configVersion", 42)), 404, "CONFIG_VERSION_NOT_FOUND");
        String shenzhen = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/440300.yaml"));
        expect(api.post("/cycles/what-if", admin, Map.of("document", shenzhen)), 400, "DRAFT_OF_ANOTHER_TENANT");
        Response broken = api.post("/cycles/what-if", admin, Map.of("document", "id: \"500119\"\nname: 缺字段"));
        assertEquals(400, broken.status(), broken::toString);
        assertEquals(403, api.post("/cycles/what-if", TestIdentity.bureau(NC, "bureau_officer"), Map.of("configVersion", 1)).status());
        assertEquals(before, EvaluationApi.wholeTable());
    }

    private static void expect(Response r, int status, String code) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        assertEquals(code, r.str("code"), r::toString);
    }
}
