package cn.yixin.store;

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

    static void addIdempotency(String table, List<TransactWriteItem> items, IdempotentResponse response, Clock clock) {
        if (response != null) {
            items.add(putNew(table, ItemMapper.idempotencyItem(response, clock.instant())));
        }
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
