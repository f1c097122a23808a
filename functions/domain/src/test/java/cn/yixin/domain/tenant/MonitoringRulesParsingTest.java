package cn.yixin.domain.tenant;

import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.monitoring.ConditionKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.WarningRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warning rules as tenant data (R-8.1, R-1.2, issue 15): what the seeded files hold, and what is refused. */
class MonitoringRulesParsingTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> real(String tenant) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(RepoRoot.tenants().resolve(tenant + ".yaml")));
    }

    private static TenantConfig parse(Map<String, Object> doc) {
        return TenantConfigParser.parse("tenants/500119.yaml", TenantDocs.yaml(doc), TenantDocs.CALENDARS);
    }

    private static String problems(Map<String, Object> doc) {
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> parse(doc));
        return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1: Nanchuan (001 §32) and Sichuan (003 ch. 6) hold a rule for every condition of issue 15, each on its own level scale")
    void seeded(String tenant) throws IOException {
        MonitoringPolicy p = MonitoringPolicy.of(parse(real(tenant)));
        Set<ConditionKind> kinds = p.rules().stream().map(r -> r.condition().kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConditionKind.class)));
        EnumSet<ConditionKind> expected = EnumSet.allOf(ConditionKind.class);
        if (!real(tenant).containsKey("eligibility")) {
            expected.remove(ConditionKind.ELIGIBILITY_POINTS); // no payment-eligibility points without eligibility:
        }
        assertEquals(expected, kinds);
        assertEquals(3, p.levels().size());
        for (WarningRule r : p.rules()) {
            assertTrue(p.levels().contains(r.level()), r.code());
            assertTrue(r.basis().startsWith(tenant.equals("500119") ? "001" : "003"), r.code() + " cites " + r.basis());
        }
        assertEquals(0, p.rankOf(p.levels().get(0)));
        assertTrue(p.rulesFor(SubjectKind.DESIGNATED_HOSPITAL).stream()
                .anyMatch(r -> r.condition().kind() == ConditionKind.FUND_EXPENDITURE_JUMP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"440000", "500119"})
    @DisplayName("R-8.1/R-11.1: Guangdong and Nanchuan, which score payment-eligibility points, warn at 6 points of the year (the interview threshold) for individuals")
    void eligibilityPointsSeeded(String tenant) throws IOException {
        WarningRule r = MonitoringPolicy.of(parse(real(tenant))).rules().stream()
                .filter(x -> x.condition().kind() == ConditionKind.ELIGIBILITY_POINTS).findFirst().orElseThrow();
        assertEquals(6, r.condition().count());
        assertTrue(r.watches(SubjectKind.DOCTOR) && r.watches(SubjectKind.PHARMACIST), r.toString());
        assertTrue(r.subjectKinds().stream().noneMatch(SubjectKind::isInstitution), "a ledger is a person's");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    @DisplayName("Issue 15, R-11.1: a points threshold outside the national 1-12 is refused with the field named")
    void eligibilityPointsOutsideScale(int n) throws IOException {
        String p = problems(TenantDocs.set(real("500119"), "monitoring.rules[9].when.eligibilityPoints.atLeast", n));
        assertTrue(p.contains("monitoring.rules[9].when.eligibilityPoints.atLeast"), p);
        assertTrue(p.contains("1 to 12"), p);
    }

    @Test
    @DisplayName("R-1.2: a tenant file without monitoring: raises nothing")
    void absent() {
        assertEquals(MonitoringPolicy.NONE, MonitoringPolicy.of(parse(TenantDocs.valid())));
    }

    @Test
    @DisplayName("Issue 15: a rule naming an unknown category is refused whole, with the field named")
    void unknownCategory() throws IOException {
        var doc = TenantDocs.set(real("500119"), "monitoring.rules[0].when.negativeRecords.categories",
                List.of("ADMINISTRATIVE", "GOSSIP"));
        String p = problems(doc);
        assertTrue(p.contains("monitoring.rules[0].when.negativeRecords.categories[1]"), p);
        assertTrue(p.contains("must be one of"), p);
    }

    @Test
    @DisplayName("Issue 15: a window of 0 days is refused with the field named")
    void zeroWindow() throws IOException {
        String p = problems(TenantDocs.set(real("500119"), "monitoring.rules[0].when.negativeRecords.windowDays", 0));
        assertTrue(p.contains("monitoring.rules[0].when.negativeRecords.windowDays"), p);
    }

    @Test
    @DisplayName("Issue 15: a score threshold outside the scheme's scale, or grade steps beyond it, is refused with the field named")
    void outsideScale() throws IOException {
        String p = problems(TenantDocs.set(real("500119"), "monitoring.rules[3].when.scoreBelow.score", 1500));
        assertTrue(p.contains("monitoring.rules[3].when.scoreBelow.score"), p);
        assertTrue(p.contains("at most 1000"), p);
        String individual = problems(TenantDocs.set(real("500119"), "monitoring.rules[4].when.scoreBelow.score", 600));
        assertTrue(individual.contains("monitoring.rules[4].when.scoreBelow.score"), individual);
        String steps = problems(TenantDocs.set(real("500119"), "monitoring.rules[2].when.gradeDrop.steps", 5));
        assertTrue(steps.contains("monitoring.rules[2].when.gradeDrop.steps"), steps);
    }

    @Test
    @DisplayName("Issue 15: a level not on the tenant's scale, a kind not enabled, two conditions in one rule are refused")
    void otherRefusals() throws IOException {
        String level = problems(TenantDocs.set(real("500119"), "monitoring.rules[0].level", "红色"));
        assertTrue(level.contains("monitoring.rules[0].level"), level);
        String kind = problems(TenantDocs.set(real("500119"), "monitoring.rules[0].subjectKinds", List.of("PHARMA_COMPANY")));
        assertTrue(kind.contains("monitoring.rules[0].subjectKinds[0]"), kind);
        String two = problems(TenantDocs.set(real("500119"), "monitoring.rules[5].when",
                Map.of("commitmentBroken", true, "falseRepairMaterials", true)));
        assertTrue(two.contains("monitoring.rules[5].when"), two);
    }
}
