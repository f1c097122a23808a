package cn.yixin.store;

/** The write lost to an earlier request with the same Idempotency-Key; the caller replays that one's answer. */
public final class IdempotencyKeyUsed extends RuntimeException {
    public IdempotencyKeyUsed(String key) {
        super("Idempotency-Key already used: " + key, null, false, false);
    }
}
