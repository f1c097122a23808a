package cn.yixin.api.repair;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 17, R-9.4 with: the public dishonesty list, derived at read time, loses a record the day it is repaired. */
class RepairLeavesDishonestyListTest {

    static final String GD = "440000";
    static ApiUnderTest api;
    static RepairClock clock;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test", "repair-clock");
        clock = api.context().getBean(RepairClock.class);
        clock.setDay(LocalDate.of(2026, 9, 29));
        api.onboardAll();
    }

    /** How many entries name {@code name}, over every page of the tenant's pharmacies. */
    static long listed(String name) {
        long n = 0;
        String cursor = null;
        do {
            Response r = api.get("/public/tenants/" + GD + "/dishonesty-list?kind=DESIGNATED_PHARMACY&limit=100"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), null);
            assertEquals(200, r.status(), r::toString);
            for (Object o : (List<?>) r.at("items")) {
                if (name.equals(((Map<?, ?>) o).get("name"))) {
                    n++;
                }
            }
            cursor = r.str("nextCursor");
        } while (cursor != null);
        return n;
    }

    @Test
    @DisplayName("R-9.4, R-11.2: a pharmacy's serious record is on the public list while published and gone once the repair is executed")
    void repairedRecordLeavesTheList() {
        String p = Fixtures.register(api, GD, "DESIGNATED_PHARMACY", "修复后撤下公示测试药店");
        Response rec = api.post("/subjects/" + p + "/records", RepairTest.officer(GD),
                Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 6, 1)));
        assertEquals(201, rec.status(), rec::toString);
        assertEquals(1, listed("修复后撤下公示测试药店"), "published before the repair");

        Response att = api.request("POST", "/subjects/" + p + "/attachments").token(TestIdentity.subject(GD, p))
                .header("X-File-Name", "rectification.pdf").bytes("application/pdf", RepairTest.PDF).send();
        assertEquals(201, att.status(), att::toString);
        Response applied = api.post("/subjects/" + p + "/repairs", TestIdentity.subject(GD, p),
                RepairTest.application(rec.str("recordId"), att.str("attachmentId")));
        assertEquals(201, applied.status(), applied::toString);
        String repair = applied.str("repairId");
        Response intent = api.post("/subjects/" + p + "/repairs/" + repair + "/decisions", RepairTest.reviewer(GD),
                Map.of("decision", "INTEND_TO_REPAIR", "reasons", "整改到位，符合修复条件"));
        assertEquals(200, intent.status(), intent::toString);
        assertEquals(1, listed("修复后撤下公示测试药店"), "still published while the repair is publicised");

        clock.setDay(LocalDate.of(2026, 10, 13));
        Response done = api.post("/subjects/" + p + "/repairs/" + repair + "/executions", RepairTest.reviewer(GD), Map.of());
        assertEquals(200, done.status(), done::toString);
        assertEquals("REPAIRED", api.get("/subjects/" + p + "/repairs/" + repair, RepairTest.reviewer(GD)).str("status"));
        assertEquals(0, listed("修复后撤下公示测试药店"), "repaired: off the public list (R-9.4)");
    }
}
