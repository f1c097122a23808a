package cn.yixin.api.disclosure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17, 004 §25(一): the public list of institutions publicised for their grade, derived from live standing. */
class PublicListsTest {

    static ApiUnderTest api;

    static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    /** Every page of the roll, each answer checked for personal identifiers and the subjects' sealed values. */
    static List<Map<String, Object>> roll(String tenant, String kind, List<String> secrets) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            Response r = api.get("/public/tenants/" + tenant + "/honour-roll?kind=" + kind + "&limit=20"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), null);
            assertEquals(200, r.status(), r::toString);
            assertNoPersonalData(r.body(), secrets);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) r.at("items");
            all.addAll(items);
            cursor = r.str("nextCursor");
            if (cursor == null) {
                return all;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    static void assertNoPersonalData(String body, List<String> secrets) {
        assertFalse(RESIDENT_ID.matcher(body).find(), "a resident ID in a public answer: " + body);
        assertFalse(MOBILE.matcher(body).find(), "a mobile number in a public answer: " + body);
        for (String s : secrets) {
            assertFalse(body.contains(s), "a stored sealed or hashed value in a public answer");
        }
        assertFalse(body.contains("identifier") || body.contains("score") || body.contains("subjectId"), body);
    }

    /** The sealed identifiers, lookup hashes and sealed names stored for a subject (long base64/hex values). */
    static List<String> stored(String tenant, String subjectId) {
        var items = api.dynamo().query(QueryRequest.builder().tableName("yixin").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("T#" + tenant + "#S#" + subjectId)))
                .build()).items();
        List<String> out = new ArrayList<>();
        for (var item : items) {
            item.forEach((k, v) -> {
                if (v.s() != null && v.s().length() >= 24 && v.s().matches("[A-Za-z0-9+/=_-]+") && !k.equals("pk")
                        && !k.equals("sk")) {
                    out.add(v.s());
                }
            });
        }
        return out;
    }

    @Test
    @DisplayName("004 §25(一), R-9.4: an A-grade hospital with no dishonest act is on the public roll, and leaves it when a dishonest act lowers its standing; no identifier in any answer")
    void aGradeRoll() {
        String h = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "公示名单测试医院");
        Fixtures.record(api, "440000", h, Fixtures.positive("HONOUR", today().minusDays(3)));
        Fixtures.record(api, "440000", h, Fixtures.positive("HONOUR", today().minusDays(2)));
        String grade = (String) ((Map<?, ?>) ((Map<?, ?>) api.get("/subjects/" + h, TestIdentity.subject("440000", h))
                .at("subject")).get("grade")).get("grade");
        assertEquals("A", grade, "850 + 2 × 30 = 910");
        List<String> secrets = stored("440000", h);
        assertFalse(secrets.isEmpty(), "the subject's sealed values were found to look for");

        List<Map<String, Object>> on = roll("440000", "DESIGNATED_HOSPITAL", secrets);
        Map<String, Object> entry = on.stream().filter(e -> "公示名单测试医院".equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("not on the roll: " + on));
        assertEquals("A", entry.get("grade"));
        assertEquals("官方网站公示宣传", entry.get("measure"));
        assertEquals("004 §25(一)", entry.get("basis"));

        // A general dishonest act: 860, grade B, and a dishonest act in the period: off the roll at once.
        Fixtures.record(api, "440000", h, Fixtures.negative("ADMINISTRATIVE", "GENERAL", today().minusDays(1)));
        assertTrue(roll("440000", "DESIGNATED_HOSPITAL", secrets).stream().noneMatch(e -> "公示名单测试医院".equals(e.get("name"))));
    }

    @Test
    @DisplayName("issue 17: the roll lists institutions only, of a tenant that exists; bad input is a problem")
    void badInput() {
        Response person = api.get("/public/tenants/440000/honour-roll?kind=INSURED_PERSON", null);
        assertEquals(400, person.status(), person::toString);
        assertEquals("HONOUR_ROLL_INSTITUTIONS_ONLY", person.str("code"));
        assertEquals("kind", person.str("field"));
        assertEquals(404, api.get("/public/tenants/999999/honour-roll?kind=DESIGNATED_HOSPITAL", null).status());
        Response noKind = api.get("/public/tenants/440000/honour-roll", null);
        assertEquals(400, noKind.status(), noKind::toString);
        assertTrue(noKind.header("Content-Type").startsWith("application/problem+json"));
    }
}
