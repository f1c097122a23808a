package cn.yixin.store;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.procurement.ProcurementCase;
import cn.yixin.domain.procurement.ProcurementLevel;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Procurement credit cases (R-11.3):
 * <pre>
 * T#&lt;t&gt;#S#&lt;subject&gt;    PC#&lt;case&gt;    one case: conduct, level, amount, basis, products, status
 * </pre>
 * In the company's own partition: the company's cases and rating are one query, fenced like the rest of its data.
 */
public final class DynamoProcurementRepository implements ProcurementRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoProcurementRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public List<ProcurementCase> cases(String tenantId, String subjectId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "PC#")
                .stream().map(DynamoProcurementRepository::of).toList();
    }

    @Override
    public Optional<ProcurementCase> find(String tenantId, String subjectId, String caseId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, Attr.s(YixinTable.subjectPk(tenantId, subjectId)), YixinTable.SK, Attr.s("PC#" + caseId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(of(item));
    }

    @Override
    public void add(String tenantId, ProcurementCase c, StoredNotice notice, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, item(tenantId, c)));
        if (notice != null) {
            items.add(Transact.putNew(table, DynamoNoticeRepository.item(notice)));
        }
        commit(tenantId, items, response);
    }

    @Override
    public void clear(String tenantId, ProcurementCase after, StoredNotice notice, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(tenantId, after))
                .conditionExpression("#st = :active")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":active", Attr.s(ProcurementCase.Status.ACTIVE.name()))).build()).build());
        if (notice != null) {
            items.add(Transact.putNew(table, DynamoNoticeRepository.item(notice)));
        }
        commit(tenantId, items, response);
    }

    private void commit(String tenantId, List<TransactWriteItem> items, IdempotentResponse response) {
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenantId).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("procurement case changed since read");
        }
    }

    static Map<String, AttributeValue> item(String tenant, ProcurementCase c) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenant, c.subjectId()))
                .put(YixinTable.SK, "PC#" + c.caseId())
                .put("caseId", c.caseId())
                .put("subjectId", c.subjectId())
                .put("conduct", c.conductCode())
                .put("conductName", c.conductName())
                .put("level", c.level())
                .put("amount", c.amount())
                .put("basisKind", c.basis().kind())
                .put("basisNumber", c.basis().number())
                .put("basisDate", c.basis().date())
                .put("basisIssuer", c.basis().issuer())
                .put("actDate", c.actDate())
                .put("ratedOn", c.ratedOn())
                .put("clearableFrom", c.clearableFrom())
                .putList("products", c.products().stream().map(Attr::s).toList())
                .put("summary", c.summary())
                .put("recordedBy", c.recordedBy())
                .put("recordedAt", c.recordedAt())
                .put("status", c.status())
                .put("clearedOn", c.clearedOn())
                .put("clearedBy", c.clearedBy())
                .put("clearReasons", c.clearReasons())
                .build();
    }

    static ProcurementCase of(Map<String, AttributeValue> i) {
        return new ProcurementCase(Attr.str(i, "caseId"), Attr.str(i, "subjectId"), Attr.str(i, "conduct"),
                Attr.str(i, "conductName"), Attr.enumOf(i, "level", ProcurementLevel.class), Attr.str(i, "amount"),
                new BasisDocument(Attr.enumOf(i, "basisKind", BasisKind.class), Attr.str(i, "basisNumber"),
                        Attr.date(i, "basisDate"), Attr.str(i, "basisIssuer")),
                Attr.date(i, "actDate"), Attr.date(i, "ratedOn"), Attr.date(i, "clearableFrom"),
                Attr.list(i, "products").stream().map(AttributeValue::s).toList(), Attr.str(i, "summary"),
                Attr.str(i, "recordedBy"), Attr.instant(i, "recordedAt"),
                Attr.enumOf(i, "status", ProcurementCase.Status.class), Attr.date(i, "clearedOn"),
                Attr.str(i, "clearedBy"), Attr.str(i, "clearReasons"));
    }
}
