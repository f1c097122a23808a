package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.yixin.store.StoreFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip of an evaluation cycle's run, its lease and its roster on DynamoDB Local (R-5.4: one cycle a natural year, issue #11): one run per
 * tenant, year and kind, and one lease holder at a time, both held by conditional writes that answer false.
 */
class DynamoEvaluationRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoEvaluationRepository repo = new DynamoEvaluationRepository(t.clients, t.table, StoreTable.CLOCK);
    private final Instant until = StoreTable.NOW.plusSeconds(300);

    private CycleRun run(String owner) {
        return new CycleRun(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL, 1, CycleRun.Status.ROSTER, owner, until,
                0, 0, 0, 0, 0, List.of(), Map.of(), StoreTable.NOW, "operator-1", null, false);
    }

    @Test
    @DisplayName("R-5.4: a run is created once per tenant, year and kind; it reads back, and a second create answers false")
    void runCreatedOnce() {
        assertTrue(repo.createRun(run("worker-a")));
        int items = t.itemCount();
        assertFalse(repo.createRun(run("worker-b")));
        assertEquals(items, t.itemCount());
        CycleRun back = repo.run(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL).orElseThrow();
        assertEquals("worker-a", back.owner());
        assertEquals(CycleRun.Status.ROSTER, back.status());
        assertEquals(List.of(2025), repo.runs(TENANT).stream().map(CycleRun::year).toList());
        assertTrue(repo.run("510000", 2025, SubjectKind.DESIGNATED_HOSPITAL).isEmpty());
        assertTrue(repo.run(TENANT, 2024, SubjectKind.DESIGNATED_HOSPITAL).isEmpty());
    }

    @Test
    @DisplayName("R-5.4: a lease held by one worker is refused to another until it expires")
    void oneLeaseHolder() {
        assertTrue(repo.createRun(run("worker-a")));
        assertFalse(repo.takeLease(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL, "worker-b", StoreTable.NOW,
                StoreTable.NOW.plusSeconds(600)));
        assertEquals("worker-a", repo.run(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL).orElseThrow().owner());
        assertTrue(repo.takeLease(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL, "worker-b", until.plusSeconds(1),
                until.plusSeconds(600)), "an expired lease may be taken over");
        assertEquals("worker-b", repo.run(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL).orElseThrow().owner());
    }

    @Test
    @DisplayName("R-5.4: the roster's chunks read back in order, and the run moves to RUNNING with its total")
    void rosterReadsBack() {
        assertTrue(repo.createRun(run("worker-a")));
        CycleRun created = repo.run(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL).orElseThrow();
        repo.writeRoster(created, List.of(List.of("s-1", "s-2"), List.of("s-3")), "worker-a", until);
        assertEquals(List.of("s-1", "s-2"), repo.rosterChunk(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL, 0));
        assertEquals(List.of("s-3"), repo.rosterChunk(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL, 1));
        CycleRun running = repo.run(TENANT, 2025, SubjectKind.DESIGNATED_HOSPITAL).orElseThrow();
        assertEquals(CycleRun.Status.RUNNING, running.status());
        assertEquals(3, running.total());
        assertEquals(2, running.chunks());
    }
}
