package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;

public final class DynamoIdempotencyRepository implements IdempotencyRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoIdempotencyRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<IdempotentResponse> find(String tenantId, String key) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "IDEM#" + key),
                YixinTable.SK, s("IDEM")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Long expires = Attr.num(item, YixinTable.TTL);
        if (expires != null && expires < clock.instant().getEpochSecond()) {
            return Optional.empty(); // TTL deletion lags; an expired key is as good as gone
        }
        return Optional.of(new IdempotentResponse(tenantId, key, Attr.str(item, "operation"),
                Attr.str(item, "requestHash"), Attr.int32(item, "status"), Attr.str(item, "body")));
    }

    @Override
    public void save(IdempotentResponse response) {
        try {
            clients.forTenant(response.tenantId()).putItem(b -> b.tableName(table).item(ItemMapper.idempotencyItem(response, clock.instant()))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException raced) {
            throw new IdempotencyKeyUsed(response.key());
        }
    }
}
