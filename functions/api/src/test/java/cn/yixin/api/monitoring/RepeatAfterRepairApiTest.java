package cn.yixin.api.monitoring;

import cn.yixin.api.repair.RepairClock;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same violation repeated after a repair, through the real handler (R-8.1, R-9.4, issue 15): Nanchuan repairs a
 * penalty (apply, intend, publicity, execute, 001 §34) and a new penalty of the same indicator raises
 * REPEAT_AFTER_REPAIR once; its retry raises none. Its own application context, on the repair suite's clock.
 */
class RepeatAfterRepairApiTest {

    private static final String NC = "500119";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static ApiUnderTest api;
    private static RepairClock clock;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test", "repair-clock");
        clock = api.context().getBean(RepairClock.class);
        clock.setDay(LocalDate.of(2026, 11, 2));
        api.onboardAll();
    }

    @AfterAll
    static void stop() {
        api.context().close();
    }

    private static String officer() {
        return TestIdentity.bureau(NC, "bureau_officer");
    }

    private static String reviewer() {
        return TestIdentity.bureau(NC, "bureau_reviewer");
    }

    private static List<Object> repeats(String h) {
        Response r = api.get("/subjects/" + h + "/warnings", officer());
        assertEquals(200, r.status(), r::toString);
        List<Object> out = new ArrayList<>();
        for (Object o : r.list()) {
            if ("REPEAT_AFTER_REPAIR".equals(((Map<?, ?>) o).get("ruleCode"))) {
                out.add(o);
            }
        }
        return out;
    }

    @Test
    @DisplayName("R-8.1/R-9.4 Nanchuan: a penalty of the same indicator after an executed repair raises REPEAT_AFTER_REPAIR once, citing both records; its retry raises none")
    void repeatAfterRepair() {
        String h = Fixtures.register(api, NC, "DESIGNATED_HOSPITAL", "修复后再犯测试医院");
        Response first = api.post("/subjects/" + h + "/records", officer(),
                Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 9, 1)));
        assertEquals(201, first.status(), first::toString);
        String rec = first.str("recordId");
        Response up = api.request("POST", "/subjects/" + h + "/attachments").token(TestIdentity.subject(NC, h))
                .header("X-File-Name", "rectification.pdf").bytes("application/pdf", PDF).send();
        assertEquals(201, up.status(), up::toString);
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("recordId", rec);
        application.put("rectification", "已全额退回违规使用的医保基金并完成整改，建立内部稽核制度。");
        application.put("commitment", true);
        application.put("attachments", List.of(up.str("attachmentId")));
        Response a = api.post("/subjects/" + h + "/repairs", TestIdentity.subject(NC, h), application);
        assertEquals(201, a.status(), a::toString);
        String repair = a.str("repairId");
        Response intent = api.post("/subjects/" + h + "/repairs/" + repair + "/decisions", reviewer(),
                Map.of("decision", "INTEND_TO_REPAIR", "reasons", "符合修复条件"));
        assertEquals(200, intent.status(), intent::toString);
        clock.setDay(LocalDate.of(2026, 11, 10));
        Response exec = api.post("/subjects/" + h + "/repairs/" + repair + "/executions", reviewer(), Map.of());
        assertEquals(200, exec.status(), exec::toString);
        assertTrue(repeats(h).isEmpty(), "the repair itself raises nothing");

        Map<String, Object> again = Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2026, 11, 10));
        Response second = api.request("POST", "/subjects/" + h + "/records").token(officer())
                .header("Idempotency-Key", "repeat-" + h).json(again).send();
        assertEquals(201, second.status(), second::toString);
        List<Object> ws = repeats(h);
        assertEquals(1, ws.size(), ws.toString());
        Map<?, ?> w = (Map<?, ?>) ws.get(0);
        assertEquals(List.of(rec, second.str("recordId")), w.get("recordIds"));
        assertEquals("一级", w.get("level"));
        Response retry = api.request("POST", "/subjects/" + h + "/records").token(officer())
                .header("Idempotency-Key", "repeat-" + h).json(again).send();
        assertEquals(201, retry.status(), retry::toString);
        assertEquals(1, repeats(h).size());
        // Another indicator after the repair is not the same violation.
        Response other = api.post("/subjects/" + h + "/records", officer(),
                Fixtures.negative("JUDICIAL", "GENERAL", LocalDate.of(2026, 11, 10)));
        assertEquals(201, other.status(), other::toString);
        assertEquals(1, repeats(h).size());
    }
}
