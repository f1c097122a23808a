package cn.yixin.store;

import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Warnings and monitoring levels over the shared table (keys in {@link MonitoringItems}). */
public final class DynamoMonitoringRepository implements MonitoringRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoMonitoringRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public List<Warning> warnings(String tenantId, String subjectId) {
        List<Warning> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = clients.forTenant(tenantId).query(QueryRequest.builder().tableName(table)
                    .consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                    .expressionAttributeValues(Map.of(":pk", Attr.s(MonitoringItems.warningsPk(tenantId)),
                            ":p", Attr.s("W#" + subjectId + "#")))
                    .exclusiveStartKey(start).build());
            res.items().forEach(i -> out.add(MonitoringItems.warning(i)));
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    @Override
    public List<Warning> allWarnings(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, MonitoringItems.warningsPk(tenantId), "W#").stream()
                .map(MonitoringItems::warning).toList();
    }

    @Override
    public Optional<Warning> warning(String tenantId, String subjectId, String warningId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, Attr.s(MonitoringItems.warningsPk(tenantId)),
                YixinTable.SK, Attr.s("W#" + subjectId + "#" + warningId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MonitoringItems.warning(item));
    }

    @Override
    public void raise(String tenantId, List<Warning> warnings) {
        for (Warning w : warnings) {
            try {
                clients.forTenant(tenantId).putItem(b -> b.tableName(table).item(MonitoringItems.warningItem(tenantId, w))
                        .conditionExpression("attribute_not_exists(pk)"));
            } catch (ConditionalCheckFailedException already) {
                // the same occurrence was raised before: once only
            }
        }
    }

    @Override
    public Optional<MonitoringStatus> monitoring(String tenantId, String subjectId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, Attr.s(MonitoringItems.monitoringPk(tenantId)),
                YixinTable.SK, Attr.s("M#" + subjectId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MonitoringItems.monitoring(item));
    }

    @Override
    public List<MonitoringStatus> allMonitoring(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, MonitoringItems.monitoringPk(tenantId), "M#")
                .stream().map(MonitoringItems::monitoring).toList();
    }

    @Override
    public void review(String tenant, Warning before, Warning after, MonitoringStatus monitoringBefore,
                       MonitoringStatus monitoringAfter, StoredNotice notice, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(MonitoringItems.warningItem(tenant, after))
                .conditionExpression("#st = :open")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":open", Attr.s(Warning.Status.OPEN.name()))).build()).build());
        if (monitoringAfter != null) {
            items.add(TransactWriteItem.builder().put(monitoringPut(tenant, monitoringBefore, monitoringAfter)).build());
        }
        if (notice != null) {
            items.add(Transact.putNew(table, DynamoNoticeRepository.item(notice)));
        }
        commit(tenant, items, response);
    }

    @Override
    public void endMonitoring(String tenantId, MonitoringStatus before, MonitoringStatus after, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(monitoringPut(tenantId, before, after)).build());
        commit(tenantId, items, response);
    }

    @Override
    public Map<String, Long> liveGradeCounts(String tenantId, cn.yixin.domain.SubjectKind kind) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = clients.forTenant(tenantId).query(QueryRequest.builder().tableName(table)
                    .indexName(YixinTable.GSI1)
                    .keyConditionExpression("gsi1pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", Attr.s(YixinTable.tenantPrefix(tenantId) + "KIND#" + kind.name())))
                    .projectionExpression(YixinTable.GSI1_SK)
                    .exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> i : res.items()) {
                String sk = Attr.str(i, YixinTable.GSI1_SK);   // G#<grade>#<subject>
                int end = sk == null ? -1 : sk.indexOf('#', 2);
                if (sk != null && sk.startsWith("G#") && end > 2) {
                    counts.merge(sk.substring(2, end), 1L, Long::sum);
                }
            }
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return counts;
    }

    @Override
    public void putMonitoring(String tenantId, MonitoringStatus before, MonitoringStatus after) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(monitoringPut(tenantId, before, after)).build());
        commit(tenantId, items, null);
    }

    /** Onto no row, or onto the row exactly as read (its trail has not grown since). */
    private Put monitoringPut(String tenant, MonitoringStatus before, MonitoringStatus after) {
        Put.Builder put = Put.builder().tableName(table).item(MonitoringItems.monitoringItem(tenant, after));
        if (before == null) {
            return put.conditionExpression("attribute_not_exists(pk)").build();
        }
        return put.conditionExpression("size(#tr) = :n")
                .expressionAttributeNames(Map.of("#tr", "trail"))
                .expressionAttributeValues(Map.of(":n", Attr.n(before.trail().size()))).build();
    }

    private void commit(String tenant, List<TransactWriteItem> items, IdempotentResponse response) {
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("warning or monitoring changed since read");
        }
    }
}
