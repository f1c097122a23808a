package cn.yixin.store;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.Inspector;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Random inspections over the shared table (keys in {@link InspectionItems}). */
public final class DynamoInspectionRepository implements InspectionRepository {

    /** DynamoDB's limits on one transaction: 100 items and 4 MB; a draw keeps clear of both. */
    static final int MAX_TRANSACTION_ITEMS = 99;
    static final int MAX_TRANSACTION_BYTES = 3_800_000;

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoInspectionRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void registerInspector(String tenantId, Inspector inspector, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, InspectionItems.inspectorItem(tenantId, inspector)));
        commit(tenantId, items, response, "inspector id taken");
    }

    @Override
    public List<Inspector> roster(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, InspectionItems.rosterPk(tenantId), "I#").stream()
                .map(InspectionItems::inspector).toList();
    }

    @Override
    public void createPlan(String tenantId, InspectionPlan plan, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, InspectionItems.planItem(tenantId, plan)));
        commit(tenantId, items, response, "plan id taken");
    }

    @Override
    public Optional<InspectionPlan> plan(String tenantId, String planId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, Attr.s(InspectionItems.rosterPk(tenantId)), YixinTable.SK, Attr.s("P#" + planId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(InspectionItems.plan(item));
    }

    @Override
    public List<InspectionPlan> plans(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, InspectionItems.rosterPk(tenantId), "P#").stream()
                .map(InspectionItems::plan).toList();
    }

    @Override
    public void storeDraw(String tenantId, InspectionPlan before, InspectionPlan after, InspectionDraw draw,
                          IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(InspectionItems.planItem(tenantId, after))
                .conditionExpression("size(#d) = :n")
                .expressionAttributeNames(Map.of("#d", "draws"))
                .expressionAttributeValues(Map.of(":n", Attr.n(before.draws().size()))).build()).build());
        long bytes = 0;
        for (Map<String, AttributeValue> item : InspectionItems.drawItems(tenantId, draw)) {
            items.add(Transact.putNew(table, item));
            bytes += size(item);
        }
        if (items.size() + 1 > MAX_TRANSACTION_ITEMS || bytes > MAX_TRANSACTION_BYTES) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "POPULATION_TOO_LARGE",
                    "本次抽查的主体名单过大，无法作为一次抽取完整记录，请按主体类型拆分抽查计划。",
                    "The draw's population is too large to record as one draw; split the plan by subject kind.",
                    Map.of("field", "subjectKinds"));
        }
        commit(tenantId, items, response, "plan drawn since read");
    }

    private static long size(Map<String, AttributeValue> item) {
        long n = 0;
        for (var e : item.entrySet()) {
            n += e.getKey().length();
            AttributeValue v = e.getValue();
            n += v.s() != null ? v.s().getBytes(StandardCharsets.UTF_8).length : 0;
            n += v.hasL() ? v.l().stream().mapToLong(x -> x.s() == null ? 64 : x.s().length() + 4L).sum() : 0;
            n += 8;
        }
        return n;
    }

    @Override
    public Optional<InspectionDraw> draw(String tenantId, String drawId, boolean withPopulation) {
        DynamoDbClient dynamo = clients.forTenant(tenantId);
        String pk = InspectionItems.drawPk(tenantId, drawId);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.addAll(Transact.queryAll(dynamo, table, pk, "H"));
        items.addAll(Transact.queryAll(dynamo, table, pk, "CHK#"));
        if (withPopulation) {
            items.addAll(Transact.queryAll(dynamo, table, pk, "POP#"));
        }
        return Optional.ofNullable(InspectionItems.draw(items));
    }

    @Override
    public List<CheckOutcome> outcomes(String tenantId, String drawId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, InspectionItems.drawPk(tenantId, drawId), "O#")
                .stream().map(InspectionItems::outcome).toList();
    }

    @Override
    public void recordOutcome(String tenantId, CheckOutcome outcome, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, InspectionItems.outcomeItem(tenantId, outcome)));
        commit(tenantId, items, response, "outcome already recorded");
    }

    private void commit(String tenant, List<TransactWriteItem> items, IdempotentResponse response, String what) {
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate(what);
        }
    }

}
