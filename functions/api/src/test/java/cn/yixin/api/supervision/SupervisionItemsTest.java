package cn.yixin.api.supervision;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 002 §2(一) and annex: the supervision item list, versioned, public, each change reported in 10 working days. */
class SupervisionItemsTest {

    static ApiUnderTest api;

    /** 秦皇岛市医疗保障局信用监管事项清单（2022年版）, 002 annex: five items, all 行政检查. */
    static final List<String> QINHUANGDAO_2022 = List.of(
            "对用人单位和个人遵守社会保险法律、法规情况进行监督检查",
            "医疗保险稽核",
            "对药品、医用耗材价格进行检测和成本调查",
            "对药品上市许可持有人、药品和医用耗材生产企业、药品经营企业和医疗机构向医药价格主管部门提供其药品、医用耗材的实际购销价格和购销数量等资料的监督检查",
            "对纳入基本医疗保险基金支付范围的医疗服务行为和医疗费用进行监督管理");

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static List<Map<String, Object>> items(List<String> names) {
        return names.stream().map(n -> Map.<String, Object>of("powerType", "ADMINISTRATIVE_INSPECTION", "name", n))
                .toList();
    }

    private static Map<String, Object> publish(int basedOn, List<Map<String, Object>> items, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("basedOnVersion", basedOn);
        body.put("items", items);
        if (note != null) {
            body.put("changeNote", note);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Response r, String path) {
        return (List<Map<String, Object>>) r.at(path);
    }

    @Test
    @DisplayName("R-7.5, 002 §2(一): Qinhuangdao publishes its 5 items (行政检查), public; a change is a new version due for report 10 working days later on the tenant calendar; an unreported change past its due date is listed overdue, a late report says so")
    void qinhuangdao() throws Exception {
        String qhd = "130300";
        String admin = TestIdentity.bureau(qhd, "bureau_admin");
        Response first = api.post("/supervision-items", admin, publish(0, items(QINHUANGDAO_2022), "2022年版"));
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, ((Number) first.at("version")).intValue());
        LocalDate changed = LocalDate.parse(first.str("changedOn"));
        LocalDate expectedDue = api.context().getBean(TenantDirectory.class).current(qhd).calendar()
                .addWorkingDays(changed, 10);
        assertEquals(expectedDue.toString(), first.str("reportDueOn"));
        assertTrue(expectedDue.isAfter(changed.plusDays(13)), "10 working days span at least two weekends");
        assertEquals("DUE", first.str("reportStatus"));

        Response pub = api.request("GET", "/public/supervision-items/" + qhd).send();
        assertEquals(200, pub.status(), pub::toString);
        assertEquals(5, list(pub, "items").size());
        assertEquals("行政检查", list(pub, "items").get(1).get("powerTypeZh"));
        assertEquals("医疗保险稽核", list(pub, "items").get(1).get("name"));
        assertFalse(pub.body().contains("reportDueOn"), "report details are internal");

        // A stale edit is refused; a change without its note too; nothing is written.
        Response stale = api.post("/supervision-items", admin, publish(0, items(QINHUANGDAO_2022), "再次发布"));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("SUPERVISION_LIST_STALE", stale.str("code"));
        Response noNote = api.post("/supervision-items", admin, publish(1, items(QINHUANGDAO_2022.subList(0, 4)), null));
        assertEquals(400, noNote.status(), noNote::toString);
        assertTrue(noNote.body().contains("changeNote"));
        Response repeated = api.post("/supervision-items", admin, publish(1,
                items(List.of("医疗保险稽核", "医疗保险稽核")), "重复"));
        assertEquals(400, repeated.status(), repeated::toString);
        assertTrue(repeated.body().contains("items[1].name"), repeated::toString);
        assertEquals(1, list(api.get("/supervision-items/reports", admin), "versions").size(), "nothing written");

        // Two changes at once on version 1: one becomes version 2, the other is refused.
        List<Response> race = StartingGate.copies(2, () -> api.post("/supervision-items", admin,
                publish(1, items(QINHUANGDAO_2022.subList(0, 4)), "依据省局最新清单删除第5项")));
        assertEquals(1, race.stream().filter(r -> r.status() == 201).count(), race::toString);
        assertEquals(409, race.stream().filter(r -> r.status() != 201).findFirst().orElseThrow().status());
        Response reports = api.get("/supervision-items/reports", TestIdentity.bureau(qhd, "auditor"));
        assertEquals(2, list(reports, "versions").size());
        assertEquals(4, list(api.request("GET", "/public/supervision-items/" + qhd).send(), "items").size());

        // Reported: version 1 on time; a second report is refused.
        Response reported = api.post("/supervision-items/1/report", TestIdentity.bureau(qhd, "bureau_officer"),
                Map.of("reportedOn", changed.toString(), "reference", "秦医保信用〔2026〕1号"));
        assertEquals(200, reported.status(), reported::toString);
        assertEquals("REPORTED", reported.str("reportStatus"));
        Response twice = api.post("/supervision-items/1/report", TestIdentity.bureau(qhd, "bureau_officer"),
                Map.of("reportedOn", changed.toString()));
        assertEquals(409, twice.status(), twice::toString);

        // Version 2 is not reported; past its due date it is overdue (the status is read against the bureau's day).
        LocalDate today = api.context().getBean(LiveGrading.class).today();
        Response overdueNow = api.get("/supervision-items/reports?overdue=true", admin);
        assertEquals(200, overdueNow.status(), overdueNow::toString);
        assertEquals(0, ((Number) overdueNow.at("overdue")).intValue(), "due in 10 working days from " + today);
        assertEquals("DUE", list(reports, "versions").get(1).get("reportStatus"));

        // Hebei changed its list 30 days ago and never reported it: listed as overdue.
        String hb = "130000";
        LocalDate longAgo = today.minusDays(30);
        LocalDate hbDue = api.context().getBean(TenantDirectory.class).current(hb).calendar().addWorkingDays(longAgo, 10);
        api.context().getBean(cn.yixin.store.SupervisionRepository.class).publish(hb,
                new cn.yixin.domain.supervision.SupervisionItemList(1, List.of(new cn.yixin.domain.supervision
                        .SupervisionItemList.Item(1, cn.yixin.domain.supervision.PowerType.ADMINISTRATIVE_INSPECTION,
                        "医疗保险稽核")), null, longAgo, hbDue, null, null, null, "seed", java.time.Instant.now()), null);
        Response hbOverdue = api.get("/supervision-items/reports?overdue=true", TestIdentity.bureau(hb, "auditor"));
        assertEquals(1, ((Number) hbOverdue.at("overdue")).intValue(), hbOverdue::toString);
        assertEquals("OVERDUE", list(hbOverdue, "versions").get(0).get("reportStatus"));
        assertEquals(hbDue.toString(), list(hbOverdue, "versions").get(0).get("reportDueOn"));
        Response late = api.post("/supervision-items/1/report", TestIdentity.bureau(hb, "bureau_officer"),
                Map.of("reportedOn", today.toString()));
        assertEquals("REPORTED_LATE", late.str("reportStatus"), late::toString);
        assertEquals(0, ((Number) api.get("/supervision-items/reports?overdue=true", TestIdentity.bureau(hb, "auditor"))
                .at("overdue")).intValue());

        // Another region's list is its own; an unknown region is 404.
        assertEquals(0, list(api.request("GET", "/public/supervision-items/510000").send(), "items").size());
        assertEquals(404, api.request("GET", "/public/supervision-items/999999").send().status());
    }
}
