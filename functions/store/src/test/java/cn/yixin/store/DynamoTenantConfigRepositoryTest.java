package cn.yixin.store;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of the tenant registry and configuration versions on DynamoDB Local (issue #11, fast seams). */
class DynamoTenantConfigRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoTenantConfigRepository repo = new DynamoTenantConfigRepository(t.clients, t.table);

    private static TenantSummary summary(int version) {
        return new TenantSummary("440300", "深圳市医疗保障局", "440000", version);
    }

    private static TenantConfigVersion version(int v, String json) {
        return new TenantConfigVersion("440300", v, json, StoreTable.NOW, "operator-1", v == 1 ? "onboard" : "update");
    }

    @Test
    @DisplayName("R-1.1: onboarding writes the registry row, the tenant's pointer and version 1; all read back as written")
    void onboardReadsBack() {
        repo.onboard(summary(1), version(1, "{\"id\":\"440300\"}"));
        assertEquals(summary(1), repo.summary("440300").orElseThrow());
        assertEquals(1, repo.currentVersion("440300").orElseThrow());
        assertEquals(version(1, "{\"id\":\"440300\"}"), repo.version("440300", 1).orElseThrow());
        assertEquals(List.of(summary(1)), repo.list());
        assertTrue(repo.currentVersion("510000").isEmpty());
        assertTrue(repo.version("440300", 2).isEmpty());
    }

    @Test
    @DisplayName("R-1.1: onboarding a tenant twice is CONFLICT TENANT_EXISTS and writes nothing")
    void secondOnboardRefused() {
        repo.onboard(summary(1), version(1, "{\"id\":\"440300\"}"));
        int items = t.itemCount();
        DomainException e = assertThrows(DomainException.class,
                () -> repo.onboard(summary(1), version(1, "{\"id\":\"440300\",\"other\":true}")));
        assertEquals("TENANT_EXISTS", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(items, t.itemCount());
        assertEquals("{\"id\":\"440300\"}", repo.version("440300", 1).orElseThrow().documentJson());
    }

    @Test
    @DisplayName("R-1.2: a version appended after a stale current version is CONFLICT CONFIG_VERSION_CONFLICT; the pointer stays")
    void staleAppendRefused() {
        repo.onboard(summary(1), version(1, "{\"v\":1}"));
        repo.appendVersion(summary(2), 1, version(2, "{\"v\":2}"));
        assertEquals(2, repo.currentVersion("440300").orElseThrow());
        assertEquals(2, repo.summary("440300").orElseThrow().currentVersion());
        DomainException e = assertThrows(DomainException.class,
                () -> repo.appendVersion(summary(2), 1, version(2, "{\"v\":\"lost\"}")));
        assertEquals("CONFIG_VERSION_CONFLICT", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals("{\"v\":2}", repo.version("440300", 2).orElseThrow().documentJson());
        assertEquals(2, repo.currentVersion("440300").orElseThrow());
    }
}
