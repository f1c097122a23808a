package cn.yixin.api.tenancy;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12.11, R-10.1: the platform operator loads next year's holiday notice over the API — validated, versioned,
 * audited — and every tenant counts on it at once, including a tenant onboarded afterwards; from 1 November the
 * platform warns while next year is missing. Its own instance and table (the harness clock is 2026-11-16), so no
 * other suite ever sees a rehearsal 2027.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarLoadingTest {

    static ApiUnderTest api;
    static final String PATH = "/platform/calendars/cn-mainland/years/2027";

    @BeforeAll
    static void start() throws Exception {
        api = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test");
        // Guangdong only for now; Shenzhen is onboarded after the year is loaded.
        api.context().getBean(TenantOnboarding.class).onboard("tenants/440000.yaml",
                Files.readString(ApiUnderTest.repoRoot().resolve("tenants/440000.yaml")), "test");
    }

    @AfterAll
    static void stop() {
        api.context().close();
    }

    /** A rehearsal notice for 2027 (the real one is not published yet): 01-09, a Saturday, is a make-up workday. */
    static Map<String, Object> notice() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", "演练用 2027 年节假日安排（测试）");
        m.put("holidays", List.of(day("2027-01-01", "元旦"), day("2027-02-06", "春节"), day("2027-02-07", "春节"),
                day("2027-02-08", "春节"), day("2027-02-09", "春节"), day("2027-02-10", "春节")));
        m.put("makeUpWorkdays", List.of(day("2027-01-09", "元旦"), day("2027-02-20", "春节")));
        return m;
    }

    static Map<String, String> day(String date, String name) {
        return Map.of("date", date, "name", name);
    }

    static Response put(Map<String, Object> body, String ifMatch) {
        ApiUnderTest.Request r = api.request("PUT", PATH).token(TestIdentity.operator())
                .header("X-Change-Reason", "国务院办公厅通知发布").json(body);
        if (ifMatch != null) {
            r.header("If-Match", ifMatch);
        }
        return r.send();
    }

    static Response due(String tenant) {
        return api.get("/calendar/deadlines?from=2026-12-28&days=10", TestIdentity.bureau(tenant, "bureau_officer"));
    }

    @Test
    @Order(1)
    @DisplayName("12.11 from 1 November the listing and the daily sweep warn that next year's notice is not loaded")
    void warnsBeforeLoading() {
        Response list = api.get("/platform/calendars", TestIdentity.operator());
        assertEquals(200, list.status(), list::toString);
        assertEquals("cn-mainland", list.str("calendars.0.calendar"));
        assertEquals("FILE", list.str("calendars.0.years.0.origin"));
        assertEquals("NEXT_YEAR_NOT_LOADED", list.str("warnings.0.code"), list::toString);
        assertEquals(2027, ((Number) list.at("warnings.0.year")).intValue());
        Response sweep = api.request("POST", "/platform/sweeps").token(TestIdentity.operator()).send();
        assertEquals("NEXT_YEAR_NOT_LOADED", sweep.str("warnings.0.code"), sweep::toString);
        assertEquals(List.of("440000"), sweep.at("warnings.0.tenants"));
        assertEquals("DATE_OUTSIDE_CALENDAR", due("440000").str("code"), "R-10.1: not loaded, refused");
        assertEquals(403, api.get("/platform/calendars", TestIdentity.bureau("440000", "bureau_admin")).status());
    }

    @Test
    @Order(2)
    @DisplayName("12.11 a bad notice is refused whole: every problem named by its field, in Chinese and English, nothing stored")
    void refusesBadNotice() {
        Map<String, Object> bad = new LinkedHashMap<>(notice());
        bad.remove("source");
        List<Object> holidays = new ArrayList<>((List<?>) bad.get("holidays"));
        holidays.add(day("2026-12-31", "元旦"));            // not in 2027
        holidays.add(day("2027-1-2", "元旦"));              // not an ISO date
        holidays.add(day("2027-01-09", "元旦"));            // also a make-up workday
        bad.put("holidays", holidays);
        List<Object> makeUps = new ArrayList<>((List<?>) bad.get("makeUpWorkdays"));
        makeUps.add(day("2027-02-05", "春节"));             // a Friday
        bad.put("makeUpWorkdays", makeUps);
        Response r = put(bad, null);
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("HOLIDAY_NOTICE_INVALID", r.str("code"));
        assertEquals("source", r.str("field"));
        String problems = String.valueOf(r.at("details.problems"));
        for (String field : List.of("source", "holidays[6].date", "holidays[7].date", "makeUpWorkdays[0].date",
                "makeUpWorkdays[2].date")) {
            assertTrue(problems.contains("field=" + field), field + " in " + problems);
        }
        assertFalse(r.body().contains("2027-1-2"), "the value sent is not echoed");
        assertFalse(r.str("messages.zh").matches(".*[A-Za-z].*"), "no English inside the Chinese: " + r.str("messages.zh"));
        assertEquals("DATE_OUTSIDE_CALENDAR", due("440000").str("code"), "nothing stored");
        assertEquals(404, api.request("PUT", "/platform/calendars/nowhere/years/2027").token(TestIdentity.operator())
                .json(notice()).send().status());
    }

    @Test
    @Order(3)
    @DisplayName("12.11 a loaded year counts at once for every tenant on the calendar, and for one onboarded afterwards")
    void loadTakesEffectAtOnce() throws Exception {
        Response loaded = put(notice(), null);
        assertEquals(200, loaded.status(), loaded::toString);
        assertEquals(1, ((Number) loaded.at("loaded.version")).intValue());
        assertEquals(List.of("440000"), loaded.at("tenants"));
        // 12-29..31 (3); 2027-01-01 off; 01-04..08 (8); 01-09 Sat make-up (9); 01-11 (10).
        assertEquals("2027-01-11", due("440000").str("due"), due("440000")::toString);

        api.context().getBean(TenantOnboarding.class).onboard("tenants/440300.yaml",
                Files.readString(ApiUnderTest.repoRoot().resolve("tenants/440300.yaml")), "test");
        assertEquals("2027-01-11", due("440300").str("due"), "a tenant onboarded later has the loaded year too");

        Response list = api.get("/platform/calendars", TestIdentity.operator());
        assertEquals(List.of(), list.at("warnings"), list::toString);
        assertEquals("API", list.str("calendars.0.years.2.origin"));
        assertEquals("演练用 2027 年节假日安排（测试）", list.str("calendars.0.years.2.source"));
        assertEquals(List.of(), api.request("POST", "/platform/sweeps").token(TestIdentity.operator()).send()
                .at("warnings"));
    }

    @Test
    @Order(4)
    @DisplayName("12.11 a correction needs the version it replaces; every version is kept with who, when, why and source")
    void versionedAndAudited() {
        Map<String, Object> corrected = new LinkedHashMap<>(notice());
        corrected.put("makeUpWorkdays", List.of(day("2027-02-20", "春节")));
        Response blind = put(corrected, null);
        assertEquals(409, blind.status(), blind::toString);
        assertEquals("CALENDAR_VERSION_CONFLICT", blind.str("code"));
        Response ok = put(corrected, "1");
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(2, ((Number) ok.at("loaded.version")).intValue());
        // Without the 01-09 make-up day the tenth working day is 01-12.
        assertEquals("2027-01-12", due("440300").str("due"));
        Response history = api.get(PATH, TestIdentity.operator());
        assertEquals(2, ((List<?>) history.at("versions")).size(), history::toString);
        assertEquals("国务院办公厅通知发布", history.str("versions.1.reason"));
        assertTrue(history.str("versions.0.loadedBy") != null && history.str("versions.0.loadedAt") != null);
        assertEquals(2, ((Number) history.at("versions.0.makeUpWorkdays")).intValue());
        assertEquals(1, ((Number) history.at("versions.1.makeUpWorkdays")).intValue());
    }
}
