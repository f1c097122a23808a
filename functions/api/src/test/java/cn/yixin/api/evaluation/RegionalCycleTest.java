package cn.yixin.api.evaluation;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.scoring.CreditEvaluator;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The 2025 cycle for designated hospitals in every other region of tenants/ (Nanchuan has its own suite): each
 * region's scheme grades as of 2025-12-31 (R-5.1–5.4), and the notice's deadline is the region's own objection
 * window in working days (R-6.2: Shenzhen and Guangdong 5, the others 10; ). None of these regions' files has
 * an exclusion rule (issue 12.3: 001 §23 is Nanchuan's): an agreement fact is refused and the hospital whose
 * agreement ended is evaluated like any other.
 */
class RegionalCycleTest {

    final ApiUnderTest api = EvaluationApi.get();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"440000", "440300", "510000", "130000", "130300", "500000"})
    void cycleInRegion(String tenant) {
        String clean = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "区域测试医院甲" + tenant);
        String penalised = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "区域测试医院乙" + tenant);
        Fixtures.record(api, tenant, penalised, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", LocalDate.of(2025, 3, 1)));
        String ended = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "区域测试医院丙" + tenant);
        Response facts = api.post("/subjects/" + ended + "/facts", EvaluationApi.officer(tenant),
                Map.of("agreement", Map.of("status", "ENDED_FAILED_RENEWAL", "endedOn", "2025-09-30")));
        assertEquals(400, facts.status(), facts::toString);
        assertEquals("FACTS_NOT_APPLICABLE", facts.str("code"));

        Response run = EvaluationApi.run(tenant, 2025, Map.of("kind", "DESIGNATED_HOSPITAL"));
        assertEquals(200, run.status(), run::toString);
        assertEquals(3, ((Number) run.at("runs.0.done")).intValue());

        ActiveConfig cfg = api.context().getBean(TenantDirectory.class).current(tenant);
        Response due = api.get("/calendar/deadlines?from=" + Fixtures.today() + "&timeline=OBJECTION_FILING",
                EvaluationApi.officer(tenant));
        assertEquals(cfg.config().timelines().objectionFilingDays(), ((Number) due.at("workingDays")).intValue());
        String expectedGradeClean = expected(cfg, clean);
        String expectedGradePenalised = expected(cfg, penalised);
        assertNotEquals(expectedGradeClean, expectedGradePenalised, "a serious penalty in the year counts");

        for (String[] c : new String[][]{{clean, expectedGradeClean}, {penalised, expectedGradePenalised},
                {ended, expected(cfg, ended)}}) {
            List<Map<String, Object>> v = EvaluationApi.versions(tenant, c[0]);
            assertEquals(1, v.size());
            assertEquals(c[1], v.get(0).get("grade"), () -> tenant + " " + v);
            assertEquals(due.str("due"), v.get(0).get("objectionDeadline"));
            Response inbox = api.get("/me/notices", TestIdentity.subject(tenant, c[0]));
            assertEquals(1, inbox.list().size(), inbox::toString);
            assertEquals(due.str("due"), inbox.str("0.deadline"));
        }
        Response stats = api.get("/cycles/2025/statistics", EvaluationApi.officer(tenant));
        @SuppressWarnings("unchecked") Map<String, Object> hospitals = ((List<Map<String, Object>>) stats.at("kinds"))
                .stream().filter(k -> "DESIGNATED_HOSPITAL".equals(k.get("kind"))).findFirst().orElseThrow();
        assertEquals(3, ((Number) hospitals.get("total")).intValue(), stats::toString);
        assertEquals(null, ((Map<?, ?>) hospitals.get("byGrade")).get("NOT_EVALUATED"), stats::toString);
        for (Map<String, Object> n : EvaluationApi.notices(tenant, ended, "PROPOSED_RESULT")) {
            assertFalse(String.valueOf(n.get("body")).contains("001 §23"), "issue 12.3: no Nanchuan article here");
        }
    }

    /** The engine's answer for the subject's archive as of the period's last day, under the tenant's current version. */
    private String expected(ActiveConfig cfg, String subjectId) {
        var records = api.context().getBean(CreditArchiveRepository.class).entries(cfg.config().id(), subjectId)
                .stream().map(ArchiveEntry::record).toList();
        return new CreditEvaluator().evaluate(cfg.config(), cfg.version(), SubjectKind.DESIGNATED_HOSPITAL, records,
                LocalDate.of(2025, 12, 31)).grade();
    }
}
