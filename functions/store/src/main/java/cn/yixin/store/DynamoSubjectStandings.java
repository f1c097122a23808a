package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link SubjectStandings} over the shared table: the kind index (keys), then BatchGetItem of 100 profiles a call. */
public final class DynamoSubjectStandings implements SubjectStandings {

    private final DynamoClients clients;
    private final String table;

    public DynamoSubjectStandings(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public List<Subject> ofKinds(String tenantId, List<SubjectKind> kinds) {
        DynamoDbClient dynamo = clients.forTenant(tenantId);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (SubjectKind kind : kinds) {
            String gsiPk = YixinTable.tenantPrefix(tenantId) + "KIND#" + kind.name();
            Map<String, AttributeValue> start = null;
            do {
                QueryResponse res = dynamo.query(QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1)
                        .keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(Map.of(":pk", Attr.s(gsiPk)))
                        .exclusiveStartKey(start).build());
                for (Map<String, AttributeValue> i : res.items()) {
                    if (ItemMapper.PROFILE.equals(Attr.str(i, YixinTable.SK))) {
                        keys.add(Map.of(YixinTable.PK, i.get(YixinTable.PK), YixinTable.SK, i.get(YixinTable.SK)));
                    }
                }
                start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
            } while (start != null);
        }
        List<Subject> out = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += 100) {
            List<Map<String, AttributeValue>> batch = keys.subList(from, Math.min(keys.size(), from + 100));
            Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(batch).build());
            for (int attempt = 0; request != null && !request.isEmpty(); attempt++) {
                if (attempt > 0) {
                    pause(attempt);
                }
                Map<String, KeysAndAttributes> asked = request;
                BatchGetItemResponse res = dynamo.batchGetItem(b -> b.requestItems(asked));
                res.responses().getOrDefault(table, List.of()).forEach(i -> out.add(ItemMapper.subject(i)));
                request = res.hasUnprocessedKeys() ? res.unprocessedKeys() : null;
            }
        }
        return out;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
