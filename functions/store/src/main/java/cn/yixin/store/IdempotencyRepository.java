package cn.yixin.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The answers kept under Idempotency-Keys; they are written inside each operation's own transaction. A request in
 * flight first claims its key, so a concurrent retry with the same key waits for the first answer instead of racing
 * the first request to its business write (issue 10 item 3; the shape of Powertools' idempotency "in progress").
 */
public interface IdempotencyRepository {

    /** The kept answer, once the request that claimed the key has completed; empty while it is still in flight. */
    Optional<IdempotentResponse> find(String tenantId, String key);

    /**
     * Claims the key for one request in flight until {@code until}: true if claimed; false if another request holds
     * it (and has not outlived its claim) or has completed it.
     */
    boolean claim(String tenantId, String key, String requestHash, String claim, Instant until);

    /** Gives a claim up (its request failed and wrote nothing): the key is free for a retry. */
    void release(String tenantId, String key, String claim);

    /** Keeps an answer on its own, for operations whose business write is not a single transaction. */
    void save(IdempotentResponse response);
}
