package cn.yixin.store;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.RepairApplication;
import cn.yixin.domain.repair.RepairStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.yixin.store.StoreFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip of credit repair applications (R-9.2–9.3) on DynamoDB Local: an application reads back by id, by
 * subject and by status; a second open application for the same record is CONFLICT {@code REPAIR_ALREADY_OPEN};
 * an update from a stale version is {@link ConcurrentUpdate}; neither writes anything.
 */
class DynamoRepairRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoRepairRepository repo = new DynamoRepairRepository(t.clients, t.table, StoreTable.CLOCK);

    private static RepairApplication submitted(String id, String recordId) {
        return RepairApplication.submitted(id, TENANT, "s-1", recordId, "XF-" + id, "违规使用医保基金", Severity.GENERAL,
                "深医保罚〔2026〕7号", LocalDate.parse("2026-02-20"), "已退回违规费用并整改。", "承诺不再发生同类行为。",
                List.of("a-1"), "subject-user", StoreTable.NOW);
    }

    @Test
    @DisplayName("R-9.2: a submitted application reads back by id, by subject and by status, in its tenant only")
    void applicationReadsBack() {
        RepairApplication a = submitted("rp-1", "r-1");
        repo.create(a, null);
        RepairApplication back = repo.find(TENANT, "s-1", "rp-1").orElseThrow();
        assertEquals(a.id(), back.id());
        assertEquals(a.recordId(), back.recordId());
        assertEquals(RepairStatus.SUBMITTED, back.status());
        assertEquals(a.rectification(), back.rectification());
        assertEquals(a.attachments(), back.attachments());
        assertEquals(List.of("rp-1"), repo.listBySubject(TENANT, "s-1").stream().map(RepairApplication::id).toList());
        assertEquals(List.of("rp-1"), repo.listByStatus(TENANT, RepairStatus.SUBMITTED, null, 10).items().stream()
                .map(RepairApplication::id).toList());
        assertTrue(repo.find("510000", "s-1", "rp-1").isEmpty());
    }

    @Test
    @DisplayName("R-9.2: a second open application for the same record is CONFLICT REPAIR_ALREADY_OPEN, nothing written")
    void secondOpenApplicationRefused() {
        repo.create(submitted("rp-2", "r-2"), null);
        int items = t.itemCount();
        DomainException e = assertThrows(DomainException.class, () -> repo.create(submitted("rp-3", "r-2"), null));
        assertEquals("REPAIR_ALREADY_OPEN", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(items, t.itemCount());
        assertTrue(repo.find(TENANT, "s-1", "rp-3").isEmpty());
    }

    @Test
    @DisplayName("R-9.3: a decision reads back; one from a stale version is ConcurrentUpdate and the first decision stays")
    void staleUpdateRefused() {
        RepairApplication a = submitted("rp-4", "r-4");
        repo.create(a, null);
        RepairApplication publicising = a.intend("pub-1", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-13"),
                "符合修复条件", "reviewer-1", StoreTable.NOW);
        repo.update(a, publicising, null);
        assertEquals(RepairStatus.PUBLICISING, repo.find(TENANT, "s-1", "rp-4").orElseThrow().status());
        assertEquals("rp-4", repo.findByPublicity(TENANT, "pub-1").orElseThrow().id());
        int items = t.itemCount();
        assertThrows(ConcurrentUpdate.class, () -> repo.update(a, a.refuse("材料不全", "reviewer-2", StoreTable.NOW), null));
        assertEquals(items, t.itemCount());
        assertEquals(RepairStatus.PUBLICISING, repo.find(TENANT, "s-1", "rp-4").orElseThrow().status());
    }
}
