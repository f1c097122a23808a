package cn.yixin.store;

import cn.yixin.domain.objection.Channel;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionGround;
import cn.yixin.domain.objection.ObjectionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.yixin.store.StoreFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip of objection cases, the open-case list and the record marks (R-6.1–6.4) on DynamoDB Local: a case
 * reads back as filed, a second pending case on the same record is {@link AlreadyUnderObjection}, an update from a
 * stale version is {@link ConcurrentUpdate}, and neither writes anything.
 */
class DynamoObjectionRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoObjectionRepository repo = new DynamoObjectionRepository(t.clients, t.table, StoreTable.CLOCK);

    /** Case ids start with OBJ as the API mints them: the open list and review pointers are read by that prefix. */
    private static ObjectionCase filed(String caseId, String recordId) {
        return ObjectionCase.file(caseId, TENANT, "s-1", DisputeTarget.RECORD, recordId,
                ObjectionGround.INCONSISTENT_WITH_FACTS, "处罚对象错误", List.of("a-1"), Channel.ONLINE, "subject-user",
                StoreTable.NOW, LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-27"), TENANT, "BUREAU");
    }

    @Test
    @DisplayName("R-6.4: a filed case reads back, is listed open and marks its record, in its tenant only")
    void filedCaseReadsBack() {
        ObjectionCase c = filed("OBJ1", "r-1");
        repo.create(c, "r-1", null);
        ObjectionCase back = repo.find(TENANT, "s-1", "OBJ1").orElseThrow();
        assertEquals(c.caseId(), back.caseId());
        assertEquals(c.status(), back.status());
        assertEquals(c.statement(), back.statement());
        assertEquals(c.version(), back.version());
        assertEquals(List.of("OBJ1"), repo.forSubject(TENANT, "s-1").stream().map(ObjectionCase::caseId).toList());
        assertEquals(List.of("OBJ1"), repo.open(TENANT).stream().map(ObjectionRepository.OpenCase::caseId).toList());
        assertEquals(Map.of("r-1", "OBJ1"), repo.marks(TENANT, "s-1"));
        assertTrue(repo.find("510000", "s-1", "OBJ1").isEmpty());
        assertTrue(repo.open("510000").isEmpty());
    }

    @Test
    @DisplayName("R-6.4: a second pending case on a marked record is AlreadyUnderObjection and nothing is written")
    void secondCaseOnTheRecordRefused() {
        repo.create(filed("OBJ2", "r-2"), "r-2", null);
        int items = t.itemCount();
        assertThrows(AlreadyUnderObjection.class, () -> repo.create(filed("OBJ3", "r-2"), "r-2", null));
        assertEquals(items, t.itemCount());
        assertTrue(repo.find(TENANT, "s-1", "OBJ3").isEmpty());
        assertEquals(Map.of("r-2", "OBJ2"), repo.marks(TENANT, "s-1"));
    }

    @Test
    @DisplayName("R-6.3: an update reads back; an update from a stale version is ConcurrentUpdate and the case stays")
    void staleUpdateRefused() {
        ObjectionCase c = filed("OBJ4", "r-4");
        repo.create(c, "r-4", null);
        ObjectionCase accepted = c.accept("reviewer-1", StoreTable.NOW, false, null);
        repo.update(c, accepted, "r-4", ObjectionRepository.Mark.KEEP, null);
        assertEquals(ObjectionStatus.ACCEPTED, repo.find(TENANT, "s-1", "OBJ4").orElseThrow().status());
        assertEquals(2, repo.find(TENANT, "s-1", "OBJ4").orElseThrow().version());
        int items = t.itemCount();
        assertThrows(ConcurrentUpdate.class,
                () -> repo.update(c, c.accept("reviewer-2", StoreTable.NOW, false, null), "r-4",
                        ObjectionRepository.Mark.KEEP, null));
        assertEquals(items, t.itemCount());
        assertEquals(2, repo.find(TENANT, "s-1", "OBJ4").orElseThrow().version());
    }

    @Test
    @DisplayName("R-6.6: a review pointer is written once and reads back from the parent tenant")
    void reviewPointerOnce() {
        var p = new ObjectionRepository.ReviewPointer("440000", "OBJ5", TENANT, "s-1");
        repo.addReviewPointer(p);
        repo.addReviewPointer(new ObjectionRepository.ReviewPointer("440000", "OBJ5", "other", "s-9"));
        assertEquals(p, repo.reviewPointer("440000", "OBJ5").orElseThrow());
        assertEquals(List.of(p), repo.reviewPointers("440000"));
        assertTrue(repo.reviewPointers(TENANT).isEmpty());
    }
}
