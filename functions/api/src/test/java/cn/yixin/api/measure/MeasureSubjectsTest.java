package cn.yixin.api.measure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 "Application": a bureau lists who is under a measure (R-7.2, R-7.3, 004 §22, §25). */
class MeasureSubjectsTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Response r) {
        return ((List<Map<String, Object>>) r.at("subjects")).stream().map(s -> (String) s.get("subjectId"))
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("R-7.2, 004 §25(二): Guangdong's B incentive lists the clean B enterprise, not the one with a dishonest act; each entry gives grade, version and reason; unknown code 404; staff only")
    @SuppressWarnings("unchecked")
    void whoIsUnder() {
        String gd = "440000";
        String clean = Fixtures.register(api, gd, "OTHER_ENTERPRISE", "措施名单守信企业");
        String act = Fixtures.register(api, gd, "OTHER_ENTERPRISE", "措施名单失信企业");
        Fixtures.record(api, gd, act, negative("ADMINISTRATIVE", "GENERAL", today()));
        String auditor = TestIdentity.bureau(gd, "auditor");
        Response b = api.get("/measures/GD_B_FEWER_INSPECTIONS/subjects", auditor);
        assertEquals(200, b.status(), b::toString);
        assertTrue(ids(b).contains(clean), b::toString);
        assertFalse(ids(b).contains(act), "a dishonest act in the period ends the incentive");
        assertEquals(ids(b).size(), ((Number) b.at("count")).intValue());
        Map<String, Object> entry = ((List<Map<String, Object>>) b.at("subjects")).stream()
                .filter(s -> clean.equals(s.get("subjectId"))).findFirst().orElseThrow();
        assertEquals("B", entry.get("grade"));
        assertTrue(((String) entry.get("reasonZh")).contains("004"), entry::toString);
        // The same answer as the subject's own read.
        Response own = api.get("/subjects/" + clean + "/measures", auditor);
        assertTrue(own.body().contains("GD_B_FEWER_INSPECTIONS"));

        Response unknown = api.get("/measures/NO_SUCH_MEASURE/subjects", auditor);
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("MEASURE_NOT_FOUND", unknown.str("code"));
        // Another region does not see Guangdong's subjects; a subject may not list.
        Response sc = api.get("/measures/NAT_SERIOUS_DISHONESTY/subjects", TestIdentity.bureau("510000", "auditor"));
        assertEquals(200, sc.status(), sc::toString);
        assertFalse(ids(sc).contains(clean) || ids(sc).contains(act));
        assertEquals(403, api.get("/measures/GD_B_FEWER_INSPECTIONS/subjects", TestIdentity.subject(gd, clean)).status());
    }
}
