package cn.yixin.api.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Request bodies the suites share, and the registration step almost every test starts with. */
public final class Fixtures {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Fixtures() {
    }

    /** Today as the application sees it (the harness's shifted clock), in China Standard Time. */
    public static LocalDate today() {
        return LocalDate.now(ApiUnderTest.CLOCK.withZone(CHINA));
    }

    /** Registers a subject and returns its id; the identifier is fresh and valid for the kind. */
    public static String register(ApiUnderTest api, String tenant, String kind, String name) {
        boolean institution = switch (kind) {
            case "DOCTOR", "PHARMACIST", "NURSE", "MEDICAL_TECHNICIAN", "RESPONSIBLE_PERSON", "INSURED_PERSON",
                 "OTHER_INDIVIDUAL" -> false;
            default -> true;
        };
        String identifier = institution ? Identifiers.uscc() : Identifiers.residentId();
        Response r = api.post("/subjects", TestIdentity.bureau(tenant, "bureau_officer"),
                Map.of("kind", kind, "name", name, "identifier", identifier));
        assertEquals(201, r.status(), () -> "registration failed: " + r);
        return r.str("subjectId");
    }

    public static Map<String, Object> negative(String category, String severity, LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", category);
        m.put("polarity", "NEGATIVE");
        m.put("severity", severity);
        m.put("summary", "测试失信记录 " + category + " " + severity);
        m.put("effectiveFrom", on.toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "测医保罚〔" + on.getYear() + "〕"
                + System.nanoTime() % 100000 + "号", "date", (on.isAfter(today()) ? today() : on).toString(),
                "issuer", "测试医疗保障局"));  // a decision dated today may take effect later; none is dated ahead
        return m;
    }

    public static Map<String, Object> positive(String category, LocalDate on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", category);
        m.put("polarity", "POSITIVE");
        m.put("summary", "测试守信记录 " + category);
        m.put("effectiveFrom", on.toString());
        return m;
    }

    public static Response record(ApiUnderTest api, String tenant, String subjectId, Map<String, Object> body) {
        Response r = api.post("/subjects/" + subjectId + "/records", TestIdentity.bureau(tenant, "bureau_officer"), body);
        assertEquals(201, r.status(), () -> "record failed: " + r);
        return r;
    }
}
