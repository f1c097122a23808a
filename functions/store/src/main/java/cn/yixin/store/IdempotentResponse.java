package cn.yixin.store;

/**
 * The answer a POST gave the first time, kept under its Idempotency-Key so a retry gets the same answer
 * and writes nothing (ARCHITECTURE: every POST takes an Idempotency-Key).
 */
public record IdempotentResponse(String tenantId, String key, String operation, String requestHash, int status,
                                 String body) {
}
