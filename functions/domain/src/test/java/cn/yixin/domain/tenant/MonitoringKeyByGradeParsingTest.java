package cn.yixin.domain.tenant;

import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.monitoring.ConditionKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repeat-after-repair rule and key monitoring by grade as tenant data (R-8.1, R-1.2, issue 15). */
class MonitoringKeyByGradeParsingTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> real(String tenant) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(RepoRoot.tenants().resolve(tenant + ".yaml")));
    }

    private static TenantConfig parse(String tenant, Map<String, Object> doc) {
        return TenantConfigParser.parse("tenants/" + tenant + ".yaml", TenantDocs.yaml(doc), TenantDocs.CALENDARS);
    }

    private static String problems(Map<String, Object> doc) {
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> parse("500119", doc));
        return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"500119", "510000"})
    @DisplayName("R-8.1: Nanchuan and Sichuan seed a repeat-after-repair rule and key monitoring for grades D and E, citing their articles")
    void seeded(String tenant) throws IOException {
        MonitoringPolicy p = MonitoringPolicy.of(parse(tenant, real(tenant)));
        var repeat = p.rules().stream().filter(r -> r.condition().kind() == ConditionKind.REPEAT_AFTER_REPAIR)
                .findFirst().orElseThrow();
        assertEquals(365, repeat.condition().windowDays());
        assertEquals(0, p.rankOf(repeat.level()), "the most serious level");
        assertNotNull(p.keyByGrade());
        assertEquals(Set.of("D", "E"), p.keyByGrade().grades());
        assertTrue(p.keyByGrade().watches(SubjectKind.DESIGNATED_HOSPITAL));
        assertTrue(p.keyByGrade().basis().startsWith(tenant.equals("500119") ? "001" : "003"));
    }

    @Test
    @DisplayName("Issue 15: a repeat window of 0 days or an unknown category is refused with the field named")
    void repeatRefusals() throws IOException {
        String zero = problems(TenantDocs.set(real("500119"), "monitoring.rules[8].when.repeatAfterRepair.windowDays", 0));
        assertTrue(zero.contains("monitoring.rules[8].when.repeatAfterRepair.windowDays"), zero);
        String cat = problems(TenantDocs.set(real("500119"), "monitoring.rules[8].when.repeatAfterRepair.categories",
                List.of("GOSSIP")));
        assertTrue(cat.contains("monitoring.rules[8].when.repeatAfterRepair.categories[0]"), cat);
        String unknownKey = problems(TenantDocs.set(real("500119"), "monitoring.rules[8].when.repeatAfterRepair",
                Map.of("windowDays", 30, "count", 2)));
        assertTrue(unknownKey.contains("monitoring.rules[8].when.repeatAfterRepair"), unknownKey);
    }

    @Test
    @DisplayName("Issue 15: keyByGrade naming a grade off the scale, every grade, no grade or a kind not enabled is refused with the field named")
    void keyByGradeRefusals() throws IOException {
        String off = problems(TenantDocs.set(real("500119"), "monitoring.keyByGrade.grades", List.of("D", "F")));
        assertTrue(off.contains("monitoring.keyByGrade.grades") && off.contains("[F]"), off);
        String all = problems(TenantDocs.set(real("500119"), "monitoring.keyByGrade.grades",
                List.of("A", "B", "C", "D", "E")));
        assertTrue(all.contains("monitoring.keyByGrade.grades") && all.contains("at least one grade"), all);
        String none = problems(TenantDocs.set(real("500119"), "monitoring.keyByGrade.grades", List.of()));
        assertTrue(none.contains("monitoring.keyByGrade.grades"), none);
        String kind = problems(TenantDocs.set(real("500119"), "monitoring.keyByGrade.subjectKinds",
                List.of("PHARMA_COMPANY")));
        assertTrue(kind.contains("monitoring.keyByGrade.subjectKinds[0]"), kind);
        String basis = problems(TenantDocs.set(real("500119"), "monitoring.keyByGrade",
                Map.of("grades", List.of("E"), "subjectKinds", List.of("DESIGNATED_HOSPITAL"))));
        assertTrue(basis.contains("monitoring.keyByGrade.basis"), basis);
    }
}
