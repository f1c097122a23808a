package cn.yixin.store;

import cn.yixin.domain.exchange.SharedEvent;

/**
 * An event waiting in a tenant's outbox for the exchange database (issue 14): written in the same
 * TransactWriteItems as the archive entry that produced it, removed once the exchange database holds it.
 *
 * @param key      its sort key: subject, archive sequence and position, so a query returns each subject's events in
 *                 the order they were written
 * @param attempts how many times writing it to the exchange database failed on the event itself (not on an outage)
 */
public record OutboxItem(String tenantId, String subjectId, String key, SharedEvent event, int attempts,
                         String lastError) {
}
