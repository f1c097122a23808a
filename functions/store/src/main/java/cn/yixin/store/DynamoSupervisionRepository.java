package cn.yixin.store;

import cn.yixin.domain.supervision.PowerType;
import cn.yixin.domain.supervision.SupervisionItemList;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Supervision item lists over the shared table: {@code T#<t>#SUPV / V#<000001>}, one item per version, never
 * rewritten except to add its report (conditional on none).
 */
public final class DynamoSupervisionRepository implements SupervisionRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoSupervisionRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    private static String pk(String tenant) {
        return YixinTable.tenantPrefix(tenant) + "SUPV";
    }

    @Override
    public List<SupervisionItemList> versions(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, pk(tenantId), "V#").stream()
                .map(DynamoSupervisionRepository::list)
                .sorted(Comparator.comparingInt(SupervisionItemList::version)).toList();
    }

    @Override
    public void publish(String tenantId, SupervisionItemList list, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, item(tenantId, list)));
        commit(tenantId, items, response);
    }

    @Override
    public void markReported(String tenantId, SupervisionItemList after, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(tenantId, after))
                .conditionExpression("attribute_exists(pk) AND attribute_not_exists(reportedOn)").build()).build());
        commit(tenantId, items, response);
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
            throw new ConcurrentUpdate("supervision list changed since read");
        }
    }

    private static Map<String, AttributeValue> item(String tenant, SupervisionItemList l) {
        return new Attr.Item().put(YixinTable.PK, pk(tenant)).put(YixinTable.SK, String.format("V#%06d", l.version()))
                .put("version", l.version())
                .putList("items", l.items().stream().map(i -> AttributeValue.fromM(new Attr.Item()
                        .put("seq", i.seq()).put("powerType", i.powerType()).put("name", i.name()).build())).toList())
                .put("changeNote", l.changeNote()).put("changedOn", l.changedOn()).put("reportDueOn", l.reportDueOn())
                .put("reportedOn", l.reportedOn()).put("reportReference", l.reportReference())
                .put("reportedBy", l.reportedBy()).put("publishedBy", l.publishedBy()).put("publishedAt", l.publishedAt())
                .build();
    }

    private static SupervisionItemList list(Map<String, AttributeValue> i) {
        return new SupervisionItemList(Attr.int32(i, "version"), Attr.list(i, "items").stream().map(AttributeValue::m)
                .map(m -> new SupervisionItemList.Item(Attr.int32(m, "seq"), Attr.enumOf(m, "powerType", PowerType.class),
                        Attr.str(m, "name"))).toList(),
                Attr.str(i, "changeNote"), Attr.date(i, "changedOn"), Attr.date(i, "reportDueOn"),
                Attr.date(i, "reportedOn"), Attr.str(i, "reportReference"), Attr.str(i, "reportedBy"),
                Attr.str(i, "publishedBy"), Attr.instant(i, "publishedAt"));
    }
}
