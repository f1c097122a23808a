package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;

/**
 * Idempotency keys in the tenant's prefix: {@code T#<tenant>#IDEM#<scope>#<key> / IDEM}, in one of three states —
 * IN_PROGRESS (a request holds it until {@code until}), COMPLETE (the kept answer) or RELEASED (its request failed).
 * Only PutItem and GetItem, which every write operation's role has.
 */
public final class DynamoIdempotencyRepository implements IdempotencyRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoIdempotencyRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    private static Map<String, AttributeValue> key(String tenantId, String key) {
        return Map.of(YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "IDEM#" + key), YixinTable.SK, s("IDEM"));
    }

    @Override
    public Optional<IdempotentResponse> find(String tenantId, String key) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(tenantId, key))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        String state = Attr.str(item, "state");
        if (state != null && !"COMPLETE".equals(state)) {
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
    public boolean claim(String tenantId, String key, String requestHash, String claim, Instant until) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(tenantId, key));
        item.put("state", s("IN_PROGRESS"));
        item.put("claim", s(claim));
        item.put("requestHash", s(requestHash));
        item.put("until", AttributeValue.fromN(Long.toString(until.getEpochSecond())));
        item.put(YixinTable.TTL, AttributeValue.fromN(Long.toString(until.plusSeconds(3600).getEpochSecond())));
        try {
            clients.forTenant(tenantId).putItem(PutItemRequest.builder().tableName(table).item(item)
                    // Free, released, or a claim whose request died without completing or releasing it.
                    .conditionExpression("attribute_not_exists(pk) OR #st = :released OR (#st = :inflight AND #until < :now)"
                            + " OR (#st = :complete AND #ttl < :now)")
                    .expressionAttributeNames(Map.of("#st", "state", "#until", "until", "#ttl", YixinTable.TTL))
                    .expressionAttributeValues(Map.of(":released", s("RELEASED"), ":inflight", s("IN_PROGRESS"),
                            ":complete", s("COMPLETE"),
                            ":now", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond()))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    @Override
    public void release(String tenantId, String key, String claim) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(tenantId, key));
        item.put("state", s("RELEASED"));
        item.put(YixinTable.TTL, AttributeValue.fromN(Long.toString(clock.instant().plusSeconds(3600).getEpochSecond())));
        try {
            clients.forTenant(tenantId).putItem(PutItemRequest.builder().tableName(table).item(item)
                    .conditionExpression("#st = :inflight AND #claim = :me")
                    .expressionAttributeNames(Map.of("#st", "state", "#claim", "claim"))
                    .expressionAttributeValues(Map.of(":inflight", s("IN_PROGRESS"), ":me", s(claim)))
                    .build());
        } catch (ConditionalCheckFailedException notOurs) {
            // Completed or taken over meanwhile: nothing of ours to give up.
        }
    }

    @Override
    public void save(IdempotentResponse response) {
        var put = Transact.completingPut(table, response, clock);
        var request = PutItemRequest.builder().tableName(table).item(put.item())
                .conditionExpression(put.conditionExpression());
        if (put.hasExpressionAttributeNames()) {
            request.expressionAttributeNames(put.expressionAttributeNames())
                    .expressionAttributeValues(put.expressionAttributeValues());
        }
        try {
            clients.forTenant(response.tenantId()).putItem(request.build());
        } catch (ConditionalCheckFailedException raced) {
            throw new IdempotencyKeyUsed(response.key());
        }
    }
}
