package cn.yixin.api.credit;

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

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.positive;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live grades per region, from the real tenant files, through the proxy handler on DynamoDB Local
 * (R-5.1 scoring methods, R-5.2 grade scales, R-5.3 serious-dishonesty override, R-5.4 every change recomputes).
 */
class RegionalGradingTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    private static Response grade(String tenant, String subject, Map<String, Object> record) {
        return Fixtures.record(api, tenant, subject, record);
    }

    private static String gradeOf(Response r) {
        return r.str("subject.grade.grade");
    }

    @Test
    @DisplayName("R-5.1/R-5.2 Qinhuangdao: an employer's class follows the count and severity of dishonest acts within a year")
    void qinhuangdaoSeverityCount() {
        String employer = Fixtures.register(api, "130300", "INSURED_EMPLOYER", "秦皇岛测试用人单位");
        Response profile = api.get("/subjects/" + employer, TestIdentity.bureau("130300", "auditor"));
        assertEquals("A", profile.str("subject.grade.grade"), "no dishonest act: 守信");
        assertNull(profile.at("subject.grade.score"), "a class from counts has no score");

        // An act older than the one-year window does not count (002 §2(4): 1年内).
        Response old = grade("130300", employer, negative("ADMINISTRATIVE", "GENERAL", today().minusMonths(13)));
        assertEquals("A", gradeOf(old));
        assertEquals("outside window", old.str("subject.grade.explanation.0.note"));

        assertEquals("B", gradeOf(grade("130300", employer, negative("ADMINISTRATIVE", "GENERAL", today().minusDays(40)))),
                "one general act in the year: 一般失信");
        grade("130300", employer, negative("AGREEMENT_PERFORMANCE", "GENERAL", today().minusDays(20)));
        Response third = grade("130300", employer, negative("JUDICIAL", "GENERAL", today().minusDays(5)));
        assertEquals("C", gradeOf(third), "three general acts in the year: 严重失信 (tenant default threshold)");
        assertEquals("严重失信", third.str("subject.grade.gradeName"));

        String other = Fixtures.register(api, "130300", "INSURED_EMPLOYER", "秦皇岛测试用人单位二");
        assertEquals("C", gradeOf(grade("130300", other, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(3)))),
                "one serious act: 严重失信");
        Response listed = grade("130300", other, negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(1)));
        assertEquals("D", gradeOf(listed), "on the serious-dishonesty list: 黑名单 (R-5.3)");
    }

    @Test
    @DisplayName("R-5.1 Nanchuan: a hospital is graded by points (积分制), a doctor by add/subtract (加减分制), both A–E")
    void nanchuanPointsAndAddSubtract() {
        String hospital = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "南川区测试医院");
        Response serious = grade("500119", hospital, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(30)));
        assertEquals(700, ((Number) serious.at("subject.grade.score")).intValue(), "850 base - 150 serious penalty");
        assertEquals("C", gradeOf(serious));
        assertEquals("POINTS", serious.str("subject.grade.method"));
        assertEquals("ADMIN_PENALTY_SERIOUS", serious.str("subject.grade.explanation.0.indicator"));
        Response agreement = grade("500119", hospital, negative("AGREEMENT_PERFORMANCE", "SERIOUS", today().minusDays(10)));
        assertEquals(580, ((Number) agreement.at("subject.grade.score")).intValue());
        assertEquals("E", gradeOf(agreement));
        assertEquals("极差", agreement.str("subject.grade.gradeName"));

        String doctor = Fixtures.register(api, "500119", "DOCTOR", "李医生");
        Response honour = grade("500119", doctor, positive("HONOUR", today().minusDays(60)));
        assertEquals(90, ((Number) honour.at("subject.grade.score")).intValue(), "85 base + 5 honour");
        assertEquals("A", gradeOf(honour));
        assertEquals("ADD_SUBTRACT", honour.str("subject.grade.method"));
        Response penalty = grade("500119", doctor, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(2)));
        assertEquals(75, ((Number) penalty.at("subject.grade.score")).intValue(), "90 - 15");
        assertEquals("C", gradeOf(penalty));
    }

    @Test
    @DisplayName("R-5.3 Guangdong: a subject on the serious-dishonesty list is E whatever its score")
    void guangdongListedIsE() {
        String hospital = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "广东测试医院");
        for (int i = 0; i < 3; i++) {
            grade("440000", hospital, positive("HONOUR", today().minusDays(100 + i)));
        }
        Response before = api.get("/subjects/" + hospital, TestIdentity.bureau("440000", "auditor"));
        int scoreBefore = ((Number) before.at("subject.grade.score")).intValue();
        assertTrue(scoreBefore > 850, "honours raised the score");
        Response listed = grade("440000", hospital, negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(1)));
        assertEquals("E", gradeOf(listed));
        assertEquals(Boolean.TRUE, listed.at("subject.grade.lowestGradeOverride"));
        int scoreAfter = ((Number) listed.at("subject.grade.score")).intValue();
        assertTrue(scoreAfter >= 600, "the score alone would not be E (" + scoreAfter + "): the list decides");
    }

    @Test
    @DisplayName("R-5.1 Shenzhen: insured persons get a qualitative class (no score); the list puts them at the lowest")
    void shenzhenQualitative() {
        String person = Fixtures.register(api, "440300", "INSURED_PERSON", "王参保");
        Response serious = grade("440300", person, negative("OTHER_MISCONDUCT", "SERIOUS", today().minusDays(9)));
        assertNull(serious.at("subject.grade.score"));
        assertEquals("D", gradeOf(serious));
        assertEquals("E", gradeOf(grade("440300", person, negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(1)))));
        // The comprehensive kinds are scored.
        String hospital = Fixtures.register(api, "440300", "DESIGNATED_HOSPITAL", "深圳测试医院");
        Response h = api.get("/subjects/" + hospital, TestIdentity.bureau("440300", "auditor"));
        assertEquals(850, ((Number) h.at("subject.grade.score")).intValue());
    }

    @Test
    @DisplayName("R-5.1 Sichuan and Chongqing: institutions by points, individuals by add/subtract, from their own files")
    void sichuanAndChongqing() {
        String sichuanPharmacy = Fixtures.register(api, "510000", "DESIGNATED_PHARMACY", "四川测试药店");
        Response r = grade("510000", sichuanPharmacy, negative("AGREEMENT_PERFORMANCE", "GENERAL", today().minusDays(3)));
        assertTrue(((Number) r.at("subject.grade.score")).intValue() < 850);
        String chongqingNurse = Fixtures.register(api, "500000", "NURSE", "赵护士");
        Response n = api.get("/subjects/" + chongqingNurse, TestIdentity.bureau("500000", "auditor"));
        assertEquals("ADD_SUBTRACT", n.str("subject.grade.method"));
    }

    @Test
    @DisplayName("R-3.3: a record counts only within its effective period")
    void effectivePeriod() {
        String hospital = Fixtures.register(api, "500119", "DESIGNATED_HOSPITAL", "期限测试医院");
        Map<String, Object> expired = negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 1, 10));
        expired.put("effectiveTo", today().minusDays(1).toString());
        Response r = grade("500119", hospital, expired);
        assertEquals(850, ((Number) r.at("subject.grade.score")).intValue());
        assertEquals("not in effect", r.str("subject.grade.explanation.0.note"));
        Map<String, Object> future = negative("ADMINISTRATIVE", "SERIOUS", today().plusDays(30));
        assertEquals(850, ((Number) grade("500119", hospital, future).at("subject.grade.score")).intValue());
    }

    @Test
    @DisplayName("R-5.4: every grade change is kept in the history with its cause and configuration version")
    void historyKeepsEveryChange() {
        String doctor = Fixtures.register(api, "500119", "DOCTOR", "历史测试医生");
        String recordId = grade("500119", doctor, negative("ADMINISTRATIVE", "GENERAL", today().minusDays(5))).str("recordId");
        Response p = api.get("/subjects/" + doctor, TestIdentity.bureau("500119", "auditor"));
        List<?> history = (List<?>) p.at("history");
        assertEquals(2, history.size());
        assertEquals("REGISTERED", p.str("history.0.cause"));
        assertEquals("RECORDED", p.str("history.1.cause"));
        assertEquals(recordId, p.str("history.1.causeRecordId"));
        assertEquals(80, ((Number) p.at("history.1.score")).intValue());
        assertEquals(1, ((Number) p.at("history.1.configVersion")).intValue());
    }
}
