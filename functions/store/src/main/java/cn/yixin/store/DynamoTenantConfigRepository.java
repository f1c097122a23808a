package cn.yixin.store;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.int32;
import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/**
 * Registry row, current-version pointer and configuration versions in the one table; a new version, the pointer and
 * the registry move in one transaction, conditional on the version the change was made from.
 */
public final class DynamoTenantConfigRepository implements TenantConfigRepository {

    private static final String REGISTRY_PK = "PLATFORM#TENANTS";
    private static final String CURRENT = "CURRENT";

    private final DynamoClients clients;
    private final String table;

    public DynamoTenantConfigRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public void onboard(TenantSummary summary, TenantConfigVersion first, List<CalendarYearRecord> calendarYears) {
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                put(registryItem(summary), "attribute_not_exists(pk)", Map.of()),
                put(currentItem(summary.tenantId(), first.version()), "attribute_not_exists(pk)", Map.of()),
                put(versionItem(first), "attribute_not_exists(pk)", Map.of())));
        for (CalendarYearRecord year : calendarYears) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                    .item(DynamoCalendarRepository.tenantCopy(summary.tenantId(), year)).build()).build());
        }
        try {
            clients.platform().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            throw DomainException.conflict("TENANT_EXISTS",
                    "地区 " + summary.tenantId() + " 已经开通，不能重复开通；请改用更新配置。",
                    "Tenant " + summary.tenantId() + " is already onboarded; update its configuration instead.");
        }
    }

    @Override
    public TenantConfigVersion appendVersion(TenantSummary summary, int expectedCurrent, TenantConfigVersion next) {
        try {
            clients.platform().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    put(registryItem(summary), "attribute_exists(pk)", Map.of()),
                    put(currentItem(summary.tenantId(), next.version()), "currentVersion = :expected",
                            Map.of(":expected", Attr.n(expectedCurrent))),
                    put(versionItem(next), "attribute_not_exists(pk)", Map.of())).build());
            return next;
        } catch (TransactionCanceledException e) {
            throw ProblemCode.CONFIG_VERSION_CONFLICT.of(expectedCurrent, "");
        }
    }

    @Override
    public Optional<TenantSummary> summary(String tenantId) {
        var item = clients.platform().getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(REGISTRY_PK), YixinTable.SK, s(tenantId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toSummary(item));
    }

    @Override
    public Optional<Integer> currentVersion(String tenantId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(configKey(tenantId, CURRENT))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(int32(item, "currentVersion"));
    }

    @Override
    public List<TenantSummary> list() {
        List<TenantSummary> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            var res = clients.platform().query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(REGISTRY_PK)))
                    .exclusiveStartKey(start).build());
            res.items().forEach(i -> out.add(toSummary(i)));
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    @Override
    public Optional<TenantConfigVersion> version(String tenantId, int version) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table)
                .key(configKey(tenantId, "V#" + YixinTable.seq(version)))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TenantConfigVersion(tenantId, int32(item, "version"), str(item, "document"),
                Attr.instant(item, "createdAt"), str(item, "createdBy"), str(item, "reason")));
    }

    private static Map<String, AttributeValue> configKey(String tenantId, String sk) {
        return Map.of(YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "CONFIG"), YixinTable.SK, s(sk));
    }

    private Map<String, AttributeValue> registryItem(TenantSummary s) {
        return new Attr.Item()
                .put(YixinTable.PK, REGISTRY_PK)
                .put(YixinTable.SK, s.tenantId())
                .put("name", s.name())
                .put("parent", s.parent())
                .put("currentVersion", s.currentVersion())
                .build();
    }

    private Map<String, AttributeValue> currentItem(String tenantId, int version) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(tenantId) + "CONFIG")
                .put(YixinTable.SK, CURRENT)
                .put("currentVersion", version)
                .build();
    }

    private Map<String, AttributeValue> versionItem(TenantConfigVersion v) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(v.tenantId()) + "CONFIG")
                .put(YixinTable.SK, "V#" + YixinTable.seq(v.version()))
                .put("version", v.version())
                .put("document", v.documentJson())
                .put("createdAt", v.createdAt())
                .put("createdBy", v.createdBy())
                .put("reason", v.reason())
                .build();
    }

    private static TenantSummary toSummary(Map<String, AttributeValue> item) {
        return new TenantSummary(str(item, YixinTable.SK), str(item, "name"), str(item, "parent"),
                int32(item, "currentVersion"));
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        var put = Put.builder().tableName(table).item(item).conditionExpression(condition);
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }
}
