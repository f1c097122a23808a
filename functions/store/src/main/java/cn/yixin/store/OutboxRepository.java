package cn.yixin.store;

import java.util.List;

/** The per-tenant outbox of events for the exchange database (issue 14); written only with archive entries. */
public interface OutboxRepository {

    /** Up to {@code limit} waiting events of the tenant: per subject in archive order. */
    List<OutboxItem> pending(String tenantId, int limit);

    /** The event is in the exchange database (or dead-lettered there): it leaves the outbox. Idempotent. */
    void remove(OutboxItem item);

    /** Writing the event failed on the event itself: counts the attempt and keeps the reason (no input values). */
    OutboxItem failed(OutboxItem item, String reason);
}
