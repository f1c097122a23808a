package cn.yixin.store;

/**
 * The answer a POST gave the first time, kept under its Idempotency-Key so a retry gets the same answer
 * and writes nothing (ARCHITECTURE: every POST takes an Idempotency-Key).
 *
 * @param claim the token of the in-flight claim this answer completes ({@link IdempotencyRepository#claim}); the
 *              answer may replace that claim and nothing else. Null when no claim was taken.
 */
public record IdempotentResponse(String tenantId, String key, String operation, String requestHash, int status,
                                 String body, String claim) {

    public IdempotentResponse(String tenantId, String key, String operation, String requestHash, int status,
                              String body) {
        this(tenantId, key, operation, requestHash, status, body, null);
    }
}
