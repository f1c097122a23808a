package cn.yixin.store;

import cn.yixin.domain.eligibility.EligibilityState;
import cn.yixin.domain.eligibility.PointsLedger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payment-eligibility ledgers over the shared table (keys in {@link EligibilityItems}). */
public final class DynamoEligibilityRepository implements EligibilityRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoEligibilityRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<PointsLedger> byHash(String tenantId, String lookupHash) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true)
                .key(EligibilityItems.ledgerKey(tenantId, lookupHash))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(EligibilityItems.ledger(item));
    }

    @Override
    public Optional<PointsLedger> byId(String tenantId, String ledgerId) {
        var row = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, Attr.s(EligibilityItems.rowsPk(tenantId)), YixinTable.SK, Attr.s("P#" + ledgerId)))).item();
        if (row == null || row.isEmpty()) {
            return Optional.empty();
        }
        return byHash(tenantId, Attr.str(row, "lookupHash"));
    }

    @Override
    public List<EligibilityRow> rows(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, EligibilityItems.rowsPk(tenantId), "P#").stream()
                .map(EligibilityItems::row).toList();
    }

    @Override
    public void save(String tenantId, PointsLedger before, PointsLedger after, EligibilityRow row,
                     List<LocalDate> dueDays, List<StoredNotice> notices, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        Put.Builder ledger = Put.builder().tableName(table).item(EligibilityItems.ledgerItem(tenantId, after));
        if (before == null) {
            ledger.conditionExpression("attribute_not_exists(pk)");
        } else {
            ledger.conditionExpression("version = :v")
                    .expressionAttributeValues(Map.of(":v", Attr.n(before.version())));
        }
        items.add(TransactWriteItem.builder().put(ledger.build()).build());
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(EligibilityItems.rowItem(tenantId, row)).build()).build());
        for (LocalDate day : dueDays) {
            Map<String, AttributeValue> due = new java.util.HashMap<>(new Attr.Item()
                    .put(YixinTable.PK, EligibilityItems.duePk(tenantId, day))
                    .put(YixinTable.SK, "P#" + after.ledgerId())
                    .build());
            due.put(YixinTable.TTL, Attr.n(day.plusDays(30).atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(due).build()).build());
        }
        for (StoredNotice n : notices) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(DynamoNoticeRepository.item(n)).build()).build());
        }
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenantId).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("ledger changed since read");
        }
    }

    @Override
    public List<String> dueOn(String tenantId, LocalDate day) {
        return Transact.queryAll(clients.forTenant(tenantId), table, EligibilityItems.duePk(tenantId, day), "P#").stream()
                .map(i -> Attr.str(i, YixinTable.SK).substring(2)).toList();
    }

    @Override
    public void audit(EligibilityCheck c) {
        LocalDate day = c.at().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        Map<String, AttributeValue> item = new java.util.HashMap<>(new Attr.Item()
                .put(YixinTable.PK, EligibilityItems.checkPk(c.tenantId(), day))
                .put(YixinTable.SK, "C#" + c.at() + "#" + c.checkId())
                .put("checkId", c.checkId())
                .put("at", c.at())
                .put("caller", c.caller())
                .put("ledgerId", c.ledgerId())
                .put("answered", c.answered())
                .build());
        item.put(YixinTable.TTL, Attr.n(c.at().getEpochSecond() + EligibilityItems.CHECK_RETENTION_SECONDS));
        clients.forTenant(c.tenantId()).putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public List<EligibilityCheck> checks(String tenantId, LocalDate day) {
        return Transact.queryAll(clients.forTenant(tenantId), table, EligibilityItems.checkPk(tenantId, day), "C#").stream()
                .map(i -> new EligibilityCheck(tenantId, Attr.str(i, "checkId"), Attr.instant(i, "at"),
                        Attr.str(i, "caller"), Attr.str(i, "ledgerId"), Attr.enumOf(i, "answered", EligibilityState.class)))
                .toList();
    }
}
