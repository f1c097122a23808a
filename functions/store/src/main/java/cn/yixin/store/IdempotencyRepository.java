package cn.yixin.store;

import java.util.Optional;

/** Reads the answers kept under Idempotency-Keys; they are written inside each operation's own transaction. */
public interface IdempotencyRepository {

    Optional<IdempotentResponse> find(String tenantId, String key);

    /** Keeps an answer on its own, for operations whose business write is not a single transaction. */
    void save(IdempotentResponse response);
}
