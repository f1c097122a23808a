package cn.yixin.store;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.yixin.store.StoreFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip of the append-only credit archive and its outbox (issue 14) on DynamoDB Local: an append moves
 * the subject, adds the entry and its outbox event in one transaction, and an append from a stale version is
 * refused as {@link ConcurrentUpdate} with nothing written.
 */
class DynamoCreditArchiveRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoSubjectRepository subjects = new DynamoSubjectRepository(t.clients, t.table, StoreTable.CLOCK);
    private final DynamoCreditArchiveRepository archive = new DynamoCreditArchiveRepository(t.clients, t.table,
            StoreTable.CLOCK);
    private final DynamoOutboxRepository outbox = new DynamoOutboxRepository(t.clients, t.table);

    private Subject registered(String id) {
        Subject s = StoreFixtures.subject(id, "hash-" + id);
        subjects.register(s, StoreFixtures.firstGrade(), null);
        return s;
    }

    private static Subject moved(Subject before) {
        return before.withStanding(StoreFixtures.standing("B", 90), before.version() + 1, "head-1");
    }

    @Test
    @DisplayName("R-3.5: an appended entry reads back with its sequence and hash; the subject moves to its new standing")
    void appendReadsBack() {
        Subject before = registered("s-1");
        CreditRecord r = StoreFixtures.penalty("r-1", "s-1");
        ArchiveEntry entry = new ArchiveEntry(1, r, "head-1");
        GradeChange change = new GradeChange(2, "B", 90, 1, "RECORD", "r-1", StoreTable.NOW);
        archive.append(before, moved(before), List.of(entry), change, null);
        assertEquals(List.of(entry), archive.entries(TENANT, "s-1"));
        assertEquals(entry, archive.entry(TENANT, "s-1", "r-1").orElseThrow());
        assertTrue(archive.entry(TENANT, "s-1", "r-2").isEmpty());
        assertTrue(archive.entries("510000", "s-1").isEmpty(), "another tenant's archive");
        Subject after = subjects.find(TENANT, "s-1").orElseThrow();
        assertEquals(2, after.version());
        assertEquals("B", after.standing().grade());
        assertEquals(List.of(StoreFixtures.firstGrade(), change), subjects.history(TENANT, "s-1"));
    }

    @Test
    @DisplayName("R-3.5: an append from a stale subject version is ConcurrentUpdate and writes neither entry nor event")
    void staleAppendRefused() {
        Subject before = registered("s-2");
        archive.append(before, moved(before), List.of(new ArchiveEntry(1, StoreFixtures.penalty("r-a", "s-2"), "head-1")),
                null, null);
        int items = t.itemCount();
        assertThrows(ConcurrentUpdate.class, () -> archive.append(before, moved(before),
                List.of(new ArchiveEntry(1, StoreFixtures.penalty("r-b", "s-2"), "head-1")), null, null));
        assertEquals(items, t.itemCount());
        assertEquals(List.of("r-a"), archive.entries(TENANT, "s-2").stream().map(e -> e.record().id()).toList());
    }

    @Test
    @DisplayName("R-7.6: a penalty's outbox event is written with its entry, counts failed attempts, and leaves when removed")
    void outboxRoundTrip() {
        Subject before = registered("s-3");
        archive.append(before, moved(before), List.of(new ArchiveEntry(1, StoreFixtures.penalty("r-p", "s-3"), "head-1")),
                null, null);
        List<OutboxItem> pending = outbox.pending(TENANT, 10);
        assertEquals(1, pending.size());
        OutboxItem item = pending.get(0);
        assertEquals("s-3", item.subjectId());
        assertEquals("r-p", item.event().record().id());
        assertEquals(0, item.attempts());
        OutboxItem failed = outbox.failed(item, "exchange refused the row");
        assertEquals(1, failed.attempts());
        assertEquals(1, outbox.pending(TENANT, 10).get(0).attempts());
        assertEquals("exchange refused the row", outbox.pending(TENANT, 10).get(0).lastError());
        outbox.remove(failed);
        outbox.remove(failed); // idempotent
        assertTrue(outbox.pending(TENANT, 10).isEmpty());
        assertTrue(outbox.pending("510000", 10).isEmpty());
    }
}
