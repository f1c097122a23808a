package cn.yixin.domain.tenant;

import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealTenantFilesTest {

    @Test
    @DisplayName("R-1.2: every tenants/*.yaml in the repository loads without a single problem")
    void everyRealTenantFileLoads() throws Exception {
        Path dir = RepoRoot.tenants();
        TenantFiles.LoadResult result = TenantFiles.load(dir);
        String problems = result.rejected().values().stream()
                .flatMap(e -> e.problems().stream()).map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(result.rejected().isEmpty(), "rejected tenant files:\n" + problems);
        long files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).count();
        }
        assertEquals(files, result.loaded().size());
    }

    @Test
    @DisplayName("R-1.1: each real tenant's parent is a loaded tenant at a higher level")
    void realParentsResolve() {
        List<TenantConfig> all = TenantFiles.loadAll(RepoRoot.tenants());
        Map<String, TenantConfig> byId = all.stream().collect(Collectors.toMap(TenantConfig::id, t -> t));
        for (TenantConfig t : all) {
            if (t.parent() != null) {
                TenantConfig parent = byId.get(t.parent());
                assertNotNull(parent, t.id() + " parent");
                assertTrue(parent.level().isAbove(t.level()), t.id() + " is below " + parent.id());
            }
        }
    }

    @Test
    @DisplayName("R-10.1: every real tenant names a calendar that loads and covers 2025–2026")
    void realCalendarsLoad() {
        for (TenantConfig t : TenantFiles.loadAll(RepoRoot.tenants())) {
            WorkingDayCalendar calendar = WorkingDayCalendar.load(RepoRoot.calendars(), t.calendar());
            assertTrue(calendar.firstYear() <= 2025 && calendar.lastYear() >= 2026, t.id());
        }
    }

    @Test
    @DisplayName("R-5.1: in every real tenant, each enabled subject kind resolves to a scheme with a grade scale")
    void realSchemesResolve() {
        for (TenantConfig t : TenantFiles.loadAll(RepoRoot.tenants())) {
            assertFalse(t.subjectKinds().isEmpty(), t.id());
            for (SubjectKind kind : t.subjectKinds().keySet()) {
                Scheme scheme = t.schemeFor(kind);
                assertNotNull(scheme, t.id() + " " + kind);
                assertTrue(scheme.gradeScale().grades().size() >= 2, t.id() + " " + kind);
            }
        }
    }

    @Test
    @DisplayName("Issue 12.3 / R-5.6: only Nanchuan's file (001 §23) has exclusion rules, each citing its own article")
    void exclusionsOnlyWhereTheSourceSaysSo() {
        TenantFiles.LoadResult result = TenantFiles.load(RepoRoot.tenants());
        for (TenantConfig c : result.loaded()) {
            if (c.id().equals("500119")) {
                assertEquals(3, c.evaluation().exclusions().size());
                c.evaluation().exclusions().forEach(r -> assertTrue(r.basis().startsWith("001 §23"), r::toString));
            } else {
                assertTrue(c.evaluation().exclusions().isEmpty(), c.id() + " has no source for exclusions");
            }
        }
    }

    @Test
    @DisplayName("Issue 12.10: Guangdong's file carries 004 §43's period in force, 2024-07-01 for two years")
    void guangdongPeriodInForce() {
        TenantConfig gd = TenantFiles.load(RepoRoot.tenants()).loaded().stream()
                .filter(c -> c.id().equals("440000")).findFirst().orElseThrow();
        assertEquals(new InForce(java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2026, 6, 30), "004 §43"),
                gd.inForce());
    }
}
