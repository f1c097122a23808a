package cn.yixin.store;

import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few transaction and query shapes every repository uses. */
final class Transact {

    private Transact() {
    }

    /** A put that fails rather than overwrite: the archive and its indexes are never rewritten in place. */
    static TransactWriteItem putNew(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /**
     * A subject's archive write, shared by every transaction that appends to an archive: the profile put conditional
     * on the version read (the optimistic lock that serialises a subject), the new entries, their day rows (a boundary
     * row for each day an entry will start or stop counting, a penalty-date row for a dishonesty record: the daily
     * sweep jobs read those instead of every archive), and the grade history line.
     */
    static void addArchiveWrite(String table, List<TransactWriteItem> items, Subject before, Subject after,
                                List<ArchiveEntry> newEntries, GradeChange change) {
        String tenant = before.tenantId();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(ItemMapper.subjectItem(after))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(before.version()))))
                .build()).build());
        for (ArchiveEntry e : newEntries) {
            items.add(putNew(table, ItemMapper.entryItem(tenant, e)));
            // the warnings the entry raised, in its transaction; a warning id already stored fails the write
            // (the subject's version moved, so the writer re-reads and raises nothing twice).
            for (cn.yixin.domain.monitoring.Warning w : e.warnings()) {
                items.add(putNew(table, MonitoringItems.warningItem(tenant, w)));
            }
            List<Map<String, AttributeValue>> rows = new ArrayList<>(ItemMapper.boundaryItems(tenant, e.record()));
            rows.addAll(ItemMapper.penaltyItems(tenant, e.record()));
            for (Map<String, AttributeValue> row : rows) {
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(row).build()).build());
            }
            // Issue 14: what must be shared with the public credit platform leaves through the outbox, written in
            // this very transaction: no entry without its event, no event without its entry.
            for (Map<String, AttributeValue> event : DynamoOutboxRepository.items(tenant, e)) {
                items.add(putNew(table, event));
            }
        }
        // Issue 12.2: the days the new standing changes by date alone (a severity-count window end...), one row each.
        for (Map<String, AttributeValue> row : ItemMapper.standingChangeItems(after)) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(row).build()).build());
        }
        if (change != null) {
            items.add(putNew(table, ItemMapper.historyItem(tenant, before.id(), change)));
        }
    }

    static void addIdempotency(String table, List<TransactWriteItem> items, IdempotentResponse response, Clock clock) {
        if (response != null) {
            items.add(TransactWriteItem.builder().put(completingPut(table, response, clock)).build());
        }
    }

    /**
     * The answer's put: onto a free key, or onto the in-flight claim of this very request; never over another
     * request's claim or answer (that fails the transaction and surfaces as {@link IdempotencyKeyUsed}).
     */
    static Put completingPut(String table, IdempotentResponse response, Clock clock) {
        Put.Builder put = Put.builder().tableName(table).item(ItemMapper.idempotencyItem(response, clock.instant()));
        if (response.claim() == null) {
            return put.conditionExpression("attribute_not_exists(pk)").build();
        }
        return put.conditionExpression("attribute_not_exists(pk) OR (#st = :inflight AND #claim = :me)")
                .expressionAttributeNames(Map.of("#st", "state", "#claim", "claim"))
                .expressionAttributeValues(Map.of(":inflight", Attr.s("IN_PROGRESS"), ":me", Attr.s(response.claim())))
                .build();
    }

    static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons != null && reasons.size() > index
                && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    static List<Map<String, AttributeValue>> queryAll(DynamoDbClient dynamo, String table, String pk, String skPrefix) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = dynamo.query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                    .expressionAttributeValues(Map.of(":pk", Attr.s(pk), ":p", Attr.s(skPrefix)))
                    .exclusiveStartKey(start).build());
            out.addAll(res.items());
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }
}
