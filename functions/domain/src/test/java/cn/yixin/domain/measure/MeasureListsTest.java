package cn.yixin.domain.measure;

import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.config.ConfigFiles;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantConfigException;
import cn.yixin.domain.tenant.TenantConfigParser;
import cn.yixin.domain.tenant.TenantFiles;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measure lists as tenant data (R-7.3, R-7.2, 004 §25, §28; issue 13 "Measure lists as tenant data"). */
class MeasureListsTest {

    private static final Map<String, TenantConfig> ALL = TenantFiles.loadAll(RepoRoot.tenants()).stream()
            .collect(Collectors.toMap(TenantConfig::id, c -> c));
    private static final Function<String, Optional<TenantConfig>> LOOKUP = id -> Optional.ofNullable(ALL.get(id));

    private static List<Measure> inForce(String tenant) {
        return MeasureCatalog.inForce(ALL.get(tenant), LOOKUP);
    }

    private static Set<String> codes(List<Measure> measures) {
        return measures.stream().map(Measure::code).collect(Collectors.toSet());
    }

    private static String text(String tenant) throws IOException {
        return Files.readString(RepoRoot.tenants().resolve(tenant + ".yaml"));
    }

    private static Set<String> calendars() {
        return new HashSet<>(WorkingDayCalendar.namesIn(RepoRoot.tenants().resolve("calendars")));
    }

    private static List<String> problems(String source, String text) {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> TenantConfigParser.parse(source, text, calendars()));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    @DisplayName("R-7.3: every one of the seven tenant files publishes measures, each with a basis, and a list for the serious-dishonesty list is in force everywhere")
    void everyTenantHasLists() {
        assertEquals(Set.of("440000", "440300", "510000", "130000", "130300", "500000", "500119"), ALL.keySet());
        for (String tenant : ALL.keySet()) {
            List<Measure> own = MeasureCatalog.own(ALL.get(tenant));
            assertFalse(own.isEmpty(), tenant);
            own.forEach(m -> assertFalse(m.basis().isBlank(), m.code()));
            assertTrue(inForce(tenant).stream().anyMatch(m -> m.trigger().listed()
                    && m.type() == MeasureType.PUNISHMENT), tenant);
            assertTrue(ALL.get(tenant).defaults().stream().anyMatch(d -> d.path().startsWith("measures")), tenant);
        }
    }

    @Test
    @DisplayName("R-7.2, 004 §25(二): Guangdong's A institutions are sampled at most at 30 %, B at 50 % of the base ratio")
    void guangdongSamplingCaps() {
        List<Measure> gd = inForce("440000");
        Measure a = MeasureCatalog.find(gd, "GD_A_FEWER_INSPECTIONS").orElseThrow();
        Measure b = MeasureCatalog.find(gd, "GD_B_FEWER_INSPECTIONS").orElseThrow();
        assertEquals(30.0, a.effect().inspectionOfBasePercent());
        assertEquals(50.0, b.effect().inspectionOfBasePercent());
        assertEquals("004 §25(二)", a.basis());
        assertTrue(a.trigger().noDishonestActInPeriod());
    }

    @Test
    @DisplayName("R-7.3, 004 §28: a child's measures in force are its parent's followed by its own (Shenzhen, Qinhuangdao, Nanchuan)")
    void childInheritsAndAdds() {
        assertTrue(codes(inForce("440300")).containsAll(codes(inForce("440000"))));
        assertTrue(codes(inForce("440300")).contains("SZ_SETTLEMENT_AGREEMENT"));
        assertEquals("440000", MeasureCatalog.find(inForce("440300"), "NAT_SERIOUS_DISHONESTY").orElseThrow().tenant());
        assertTrue(codes(inForce("130300")).containsAll(Set.of("NAT_SERIOUS_DISHONESTY", "QHD_C_KEY_SUPERVISION")));
        assertTrue(codes(inForce("500119")).containsAll(Set.of("NAT_SERIOUS_DISHONESTY", "NC_INSTITUTION_PUNISHMENT")));
        assertFalse(codes(inForce("440000")).contains("SZ_SETTLEMENT_AGREEMENT"), "a parent does not see its child's list");
    }

    @Test
    @DisplayName("R-7.2, 004 §25: an A institution without a dishonest act gets Guangdong's incentives; with one it gets none; a listed one the list's punishment")
    void applicable() {
        List<Measure> gd = inForce("440000");
        assertEquals(Set.of("GD_A_PUBLICITY", "GD_A_FEWER_INSPECTIONS", "GD_A_FAST_TRACK"),
                codes(MeasureCatalog.applicable(gd, SubjectKind.DESIGNATED_HOSPITAL, "A", false, false)));
        assertEquals(Set.of(), codes(MeasureCatalog.applicable(gd, SubjectKind.DESIGNATED_HOSPITAL, "A", false, true)));
        assertEquals(Set.of("GD_A_FAST_TRACK"), codes(MeasureCatalog.applicable(gd, SubjectKind.DOCTOR, "A", false, false)));
        assertEquals(Set.of("NAT_SERIOUS_DISHONESTY", "GD_LOW_GRADE_KEY_INSPECTION"),
                codes(MeasureCatalog.applicable(gd, SubjectKind.DESIGNATED_HOSPITAL, "E", true, true)));
        assertEquals(Set.of(), codes(MeasureCatalog.applicable(gd, SubjectKind.DESIGNATED_HOSPITAL, "C", false, true)));
    }

    @Test
    @DisplayName("issue 13 bad input: a trigger naming a grade the scale lacks is refused with the field named")
    void unknownGrade() throws IOException {
        String text = text("440000").replaceFirst("trigger: \\{ grades: \\[D, E] }", "trigger: { grades: [D, F] }");
        List<String> p = problems("tenants/440000.yaml", text);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("tenants/440000.yaml: measures[4].trigger.grades[1]"), p.get(0));
        assertTrue(p.get(0).contains("unknown grade F"), p.get(0));
    }

    @Test
    @DisplayName("issue 13 bad input: a ratio outside 0-100 % is refused with the field named")
    void ratioOutOfRange() throws IOException {
        String text = text("440000").replace("inspectionOfBasePercent: 30 }", "inspectionOfBasePercent: 130 }");
        List<String> p = problems("tenants/440000.yaml", text);
        assertEquals(List.of("tenants/440000.yaml: measures[1].effect.inspectionOfBasePercent: must be a percentage from 0 to 100 (got 130.0)"), p);
        String negative = text("440000").replace("inspectionAtLeastPercent: 100 }", "inspectionAtLeastPercent: -1 }");
        assertTrue(problems("tenants/440000.yaml", negative).get(0).contains("measures[4].effect.inspectionAtLeastPercent"));
    }

    @Test
    @DisplayName("R-7.3: no free-text punishment: a measure needs a type, a list, a trigger and a basis; unknown keys are refused")
    void noFreeText() throws IOException {
        String noBasis = text("440000").replace("    basis: \"004 §23\"\n", "");
        assertEquals(List.of("tenants/440000.yaml: measures[4].basis: required"), problems("tenants/440000.yaml", noBasis));
        String freeText = text("440000").replace("    basis: \"004 §23\"\n", "    basis: \"004 §23\"\n    punishment: 罚款\n");
        assertEquals(List.of("tenants/440000.yaml: measures[4].punishment: unknown key"), problems("tenants/440000.yaml", freeText));
        String noTrigger = text("440000").replace("trigger: { grades: [D, E] }", "trigger: {}");
        assertTrue(problems("tenants/440000.yaml", noTrigger).get(0).startsWith("tenants/440000.yaml: measures[4].trigger"));
    }

    @Test
    @DisplayName("R-7.2: an incentive cannot follow the serious-dishonesty list; a city cannot publish the national list")
    void consistency() throws IOException {
        String incentiveOnList = text("440000").replace("trigger: { grades: [A], noDishonestActInPeriod: true }   # 004 §25",
                "trigger: { listed: true }   # 004 §25");
        assertEquals(List.of("tenants/440000.yaml: measures[0].trigger.listed: an incentive cannot be triggered by the serious-dishonesty list"),
                problems("tenants/440000.yaml", incentiveOnList));
        String cityNational = text("440300").replaceFirst("list: CITY", "list: NATIONAL");
        assertTrue(problems("tenants/440300.yaml", cityNational).get(0).startsWith("tenants/440300.yaml: measures[0].list"));
    }

    @Test
    @DisplayName("R-7.3, 004 §28: a child tenant may only add: repeating a parent's measure code rejects the child, not the parent")
    void childMayOnlyAdd(@TempDir Path dir) throws IOException {
        Path calendars = Files.createDirectories(dir.resolve("calendars"));
        for (Path c : ConfigFiles.list(RepoRoot.tenants().resolve("calendars"), ".yaml")) {
            Files.copy(c, calendars.resolve(c.getFileName()));
        }
        Files.writeString(dir.resolve("440000.yaml"), text("440000"));
        Files.writeString(dir.resolve("440300.yaml"), text("440300").replace("code: SZ_AGENCY_PERFORMANCE", "code: GD_A_PUBLICITY"));
        TenantFiles.LoadResult result = TenantFiles.load(dir);
        assertEquals(List.of("440000"), result.loaded().stream().map(TenantConfig::id).toList());
        String problem = result.rejected().get(dir.getFileName() + "/440300.yaml").problems().get(0).toString();
        assertTrue(problem.contains("440300.yaml: measures[0].code"), problem);
        assertTrue(problem.contains("may only add"), problem);
    }
}
