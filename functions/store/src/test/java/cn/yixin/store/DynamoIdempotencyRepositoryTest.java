package cn.yixin.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of the answers kept under Idempotency-Keys, and their claims, on DynamoDB Local (issue #11). */
class DynamoIdempotencyRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoIdempotencyRepository repo = new DynamoIdempotencyRepository(t.clients, t.table, StoreTable.CLOCK);
    private final Instant until = StoreTable.NOW.plusSeconds(60);

    @Test
    @DisplayName("R-1.3: a kept answer reads back as saved, in its tenant only")
    void savedAnswerReadsBack() {
        IdempotentResponse answer = new IdempotentResponse("440300", "scope#key-00000001", "FileObjection", "h1", 201,
                "{\"id\":\"o-1\"}");
        repo.save(answer);
        IdempotentResponse back = repo.find("440300", "scope#key-00000001").orElseThrow();
        assertEquals(answer.operation(), back.operation());
        assertEquals(answer.requestHash(), back.requestHash());
        assertEquals(201, back.status());
        assertEquals("{\"id\":\"o-1\"}", back.body());
        assertTrue(repo.find("510000", "scope#key-00000001").isEmpty(), "another tenant's key space");
    }

    @Test
    @DisplayName("R-1.3: a second answer under the same key is refused as IdempotencyKeyUsed and the first stays")
    void secondSaveRefused() {
        repo.save(new IdempotentResponse("440300", "scope#key-00000002", "Op", "h1", 200, "first"));
        IdempotencyKeyUsed e = assertThrows(IdempotencyKeyUsed.class,
                () -> repo.save(new IdempotentResponse("440300", "scope#key-00000002", "Op", "h2", 200, "second")));
        assertTrue(e.getMessage().endsWith("scope#key-00000002"), e.getMessage());
        assertEquals("first", repo.find("440300", "scope#key-00000002").orElseThrow().body());
    }

    @Test
    @DisplayName("R-1.3: a claimed key has no answer yet, cannot be claimed twice, and is free again once released")
    void claimAndRelease() {
        assertTrue(repo.claim("440300", "scope#key-00000003", "h1", "claim-a", until));
        assertTrue(repo.find("440300", "scope#key-00000003").isEmpty(), "in flight: nothing to replay yet");
        assertFalse(repo.claim("440300", "scope#key-00000003", "h1", "claim-b", until));
        repo.release("440300", "scope#key-00000003", "claim-b"); // not its claim: nothing happens
        assertFalse(repo.claim("440300", "scope#key-00000003", "h1", "claim-c", until));
        repo.release("440300", "scope#key-00000003", "claim-a");
        assertTrue(repo.claim("440300", "scope#key-00000003", "h1", "claim-d", until));
        repo.save(new IdempotentResponse("440300", "scope#key-00000003", "Op", "h1", 200, "done", "claim-d"));
        assertEquals("done", repo.find("440300", "scope#key-00000003").orElseThrow().body());
        assertFalse(repo.claim("440300", "scope#key-00000003", "h1", "claim-e", until), "completed keys stay taken");
    }
}
