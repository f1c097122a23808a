package cn.yixin.api.disclosure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17, R-11.2: the public list of institutions with a dishonesty record in its publication period. */
class PublicDishonestyListTest {

    static final String GD = "440000";
    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        PublicListsTest.api = api;  // its scanner reads the stored items through the shared harness
    }

    /** Every page at {@code limit}, each answer scanned by {@link PublicListsTest#assertNoPersonalData}. */
    static List<Map<String, Object>> list(String tenant, String kind, int limit, List<String> secrets, int[] pages) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 500; page++) {
            Response r = api.get("/public/tenants/" + tenant + "/dishonesty-list?kind=" + kind + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), null);
            assertEquals(200, r.status(), r::toString);
            PublicListsTest.assertNoPersonalData(r.body(), secrets);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) r.at("items");
            all.addAll(items);
            pages[0]++;
            cursor = r.str("nextCursor");
            if (cursor == null) {
                return all;
            }
        }
        throw new AssertionError("more than 500 pages");
    }

    static List<Map<String, Object>> named(String name, List<String> secrets) {
        return list(GD, "DESIGNATED_PHARMACY", 50, secrets, new int[1]).stream()
                .filter(e -> name.equals(e.get("name"))).toList();
    }

    static String record(String subject, Map<String, Object> body) {
        return Fixtures.record(api, GD, subject, body).str("recordId");
    }

    @Test
    @DisplayName("R-11.2: a pharmacy with a serious dishonesty record is listed with category, severity, basis number and issuer and period end; no identifier or sealed value in any page")
    void listedInstitutionAppears() {
        String p = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "失信公示测试药店甲");
        Map<String, Object> body = Fixtures.negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(2));
        record(p, body);
        List<String> secrets = PublicListsTest.stored(GD, p);
        assertTrue(!secrets.isEmpty(), "the subject's sealed values were found to look for");
        List<Map<String, Object>> on = named("失信公示测试药店甲", secrets);
        assertEquals(1, on.size(), () -> "once on the list: " + on);
        Map<String, Object> e = on.get(0);
        assertEquals("DESIGNATED_PHARMACY", e.get("kind"));
        assertEquals("ADMINISTRATIVE", e.get("category"));
        assertEquals("SERIOUS", e.get("severity"));
        assertEquals(((Map<?, ?>) body.get("basis")).get("number"), e.get("basisNumber"));
        assertEquals("测试医疗保障局", e.get("basisIssuer"));
        Map<?, ?> line = publication(p);
        assertEquals("PUBLISHED", line.get("state"));
        assertEquals(line.get("maximumEnds"), e.get("publishedUntil"), "the period end the repair feature computes");
    }

    @Test
    @DisplayName("R-11.2: a record whose maximum publication period is over is not on the list, though the subject stays registered")
    void periodEndedGone() {
        String p = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "失信公示测试药店乙");
        record(p, Fixtures.negative("ADMINISTRATIVE", "GENERAL", today().minusYears(6)));
        assertEquals("ENDED", publication(p).get("state"), "the repair feature's state for the old record");
        assertTrue(named("失信公示测试药店乙", List.of()).isEmpty());
        // A minor act may stay unpublished: not listed either.
        String q = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "失信公示测试药店丁");
        record(q, Fixtures.negative("ADMINISTRATIVE", "MINOR", today().minusDays(1)));
        assertTrue(named("失信公示测试药店丁", List.of()).isEmpty());
    }

    @Test
    @DisplayName("R-5.5: a record withdrawn by correction leaves the list at once")
    void withdrawnGone() {
        String p = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "失信公示测试药店丙");
        String rec = record(p, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(3)));
        assertEquals(1, named("失信公示测试药店丙", List.of()).size());
        Response c = api.post("/subjects/" + p + "/records/" + rec + "/corrections",
                TestIdentity.bureau(GD, "bureau_officer"), Map.of("reason", "处罚决定已被撤销", "withdraw", true));
        assertEquals(201, c.status(), c::toString);
        assertTrue(named("失信公示测试药店丙", List.of()).isEmpty(), "withdrawn: not listed");
    }

    @Test
    @DisplayName("R-11.2: the list pages through the kind index; every listed pharmacy appears exactly once across pages of 1")
    void pagination() {
        List<String> names = List.of("失信分页测试药店一", "失信分页测试药店二", "失信分页测试药店三");
        for (String n : names) {
            String p = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", n);
            record(p, Fixtures.negative("ADMINISTRATIVE", "GENERAL", today().minusDays(1)));
        }
        int[] pages = new int[1];
        List<Map<String, Object>> all = list(GD, "DESIGNATED_PHARMACY", 1, List.of(), pages);
        for (String n : names) {
            assertEquals(1, all.stream().filter(e -> n.equals(e.get("name"))).count(), n);
        }
        assertTrue(pages[0] >= 3, "more than one page at limit 1: " + pages[0]);
    }

    @Test
    @DisplayName("issue 17: institutions only (an individual's dishonesty is not on a public list); unknown tenant 404; bad limit a problem")
    void badInput() {
        Response person = api.get("/public/tenants/" + GD + "/dishonesty-list?kind=INSURED_PERSON", null);
        assertEquals(400, person.status(), person::toString);
        assertEquals("HONOUR_ROLL_INSTITUTIONS_ONLY", person.str("code"));
        assertEquals("kind", person.str("field"));
        assertEquals(404, api.get("/public/tenants/999999/dishonesty-list?kind=DESIGNATED_HOSPITAL", null).status());
        Response limit = api.get("/public/tenants/" + GD + "/dishonesty-list?kind=DESIGNATED_HOSPITAL&limit=0", null);
        assertEquals(400, limit.status(), limit::toString);
        assertTrue(limit.header("Content-Type").startsWith("application/problem+json"));
    }

    static Map<?, ?> publication(String subject) {
        Response r = api.get("/subjects/" + subject + "/publications", TestIdentity.bureau(GD, "bureau_officer"));
        assertEquals(200, r.status(), r::toString);
        return (Map<?, ?>) r.list().get(0);
    }
}
