package cn.yixin.domain.tenant;

import cn.yixin.domain.config.ConfigProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static cn.yixin.domain.tenant.TenantDocs.remove;
import static cn.yixin.domain.tenant.TenantDocs.set;
import static cn.yixin.domain.tenant.TenantDocs.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantFilesTest {

    private Path tenants;

    @BeforeEach
    void layout(@TempDir Path tmp) throws IOException {
        tenants = Files.createDirectory(tmp.resolve("tenants"));
        Path calendars = Files.createDirectory(tenants.resolve("calendars"));
        Files.writeString(calendars.resolve("cn-mainland-2026.yaml"),
                "name: cn-mainland\nyear: 2026\nholidays: []\nmakeUpWorkdays: []\n");
        Files.writeString(tenants.resolve("README.md"), "not a tenant");
    }

    private void write(String file, Map<String, Object> doc) throws IOException {
        Files.writeString(tenants.resolve(file), TenantDocs.yaml(doc));
    }

    private static Map<String, Object> province(String id) {
        Map<String, Object> doc = remove(valid(), "parent");
        set(doc, "id", id);
        return set(doc, "level", "PROVINCE");
    }

    private static Map<String, Object> child(String id, String parent, String level) {
        return set(set(set(valid(), "id", id), "parent", parent), "level", level);
    }

    @Test
    @DisplayName("R-1.1: a parent and its children load together; README and calendars/ are not tenants")
    void loadsFamily() throws IOException {
        write("440000.yaml", province("440000"));
        write("440300.yaml", child("440300", "440000", "CITY"));
        write("440305.yaml", child("440305", "440300", "DISTRICT"));
        List<TenantConfig> all = TenantFiles.loadAll(tenants);
        assertEquals(List.of("440000", "440300", "440305"), all.stream().map(TenantConfig::id).toList());
    }

    @Test
    @DisplayName("R-1.1: a tenant whose parent is not loaded is rejected; the others still load")
    void orphanRejected() throws IOException {
        write("440300.yaml", child("440300", "440000", "CITY"));
        write("130000.yaml", province("130000"));
        TenantFiles.LoadResult result = TenantFiles.load(tenants);
        assertEquals(List.of("130000"), result.loaded().stream().map(TenantConfig::id).toList());
        assertEquals(List.of(new ConfigProblem("tenants/440300.yaml: parent",
                        "440000 is not a loaded tenant (tenants/440000.yaml missing or rejected)")),
                result.rejected().get("tenants/440300.yaml").problems());
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> TenantFiles.loadAll(tenants));
        assertEquals(1, e.problems().size());
    }

    @Test
    @DisplayName("R-1.2: a broken parent file rejects it whole and, through it, its descendants")
    void cascade() throws IOException {
        write("440000.yaml", set(province("440000"), "timelines.correctionDays", 99));
        write("440300.yaml", child("440300", "440000", "CITY"));
        write("440305.yaml", child("440305", "440300", "DISTRICT"));
        TenantFiles.LoadResult result = TenantFiles.load(tenants);
        assertTrue(result.loaded().isEmpty());
        assertEquals(List.of("tenants/440000.yaml", "tenants/440300.yaml", "tenants/440305.yaml"),
                result.rejected().keySet().stream().sorted().toList());
        assertEquals("tenants/440000.yaml: timelines.correctionDays",
                result.rejected().get("tenants/440000.yaml").problems().get(0).location());
        TenantConfigException all = assertThrows(TenantConfigException.class, () -> TenantFiles.loadAll(tenants));
        assertEquals(3, all.problems().size());
    }

    @Test
    @DisplayName("R-1.1: a parent must be at a higher level than its child")
    void levelOrder() throws IOException {
        write("440000.yaml", set(province("440000"), "level", "DISTRICT"));
        write("440300.yaml", child("440300", "440000", "CITY"));
        TenantFiles.LoadResult result = TenantFiles.load(tenants);
        assertEquals(List.of("440000"), result.loaded().stream().map(TenantConfig::id).toList());
        assertEquals("parent 440000 is a DISTRICT tenant, not above this CITY tenant",
                result.rejected().get("tenants/440300.yaml").problems().get(0).message());
    }

    @Test
    @DisplayName("R-1.1: a tenant file is named by its id")
    void fileNameMatchesId() throws IOException {
        write("440001.yaml", province("440000"));
        TenantFiles.LoadResult result = TenantFiles.load(tenants);
        assertTrue(result.loaded().isEmpty());
        assertEquals("is 440000, so the file must be named 440000.yaml",
                result.rejected().get("tenants/440001.yaml").problems().get(0).message());
    }

    @Test
    @DisplayName("R-10.1: a tenant naming a calendar absent from tenants/calendars/ is rejected")
    void calendarFromDirectory() throws IOException {
        write("440000.yaml", set(province("440000"), "calendar", "cn-macau"));
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> TenantFiles.loadAll(tenants));
        assertTrue(e.problems().get(0).toString().startsWith("tenants/440000.yaml: calendar: unknown calendar 'cn-macau'"));
    }
}
