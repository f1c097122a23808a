package cn.yixin.infra;

import cn.yixin.store.YixinTable;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.constructs.Construct;

import java.util.List;

/**
 * The one pooled table, built from the same {@link YixinTable#definition} the code and the tests create locally, so
 * keys and indexes cannot drift: on-demand, point-in-time recovery, streams with new and old images (re-scoring,
 * outbox), TTL on {@code expiresAt} (idempotency keys), deletion protection, retained if the stack goes.
 */
public final class DataTable extends Construct {

    private final Table table;
    private final List<String> indexNames;

    public DataTable(Construct scope, String id) {
        super(scope, id);
        CreateTableRequest def = YixinTable.definition("yixin");
        this.table = Table.Builder.create(this, "Table")
                .partitionKey(attribute(def, KeyType.HASH, def.keySchema()))
                .sortKey(attribute(def, KeyType.RANGE, def.keySchema()))
                .billingMode(software.amazon.awscdk.services.dynamodb.BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .stream(software.amazon.awscdk.services.dynamodb.StreamViewType.NEW_AND_OLD_IMAGES)
                .timeToLiveAttribute(YixinTable.TTL)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        for (GlobalSecondaryIndex gsi : def.globalSecondaryIndexes()) {
            var projection = gsi.projection();
            GlobalSecondaryIndexProps.Builder index = GlobalSecondaryIndexProps.builder()
                    .indexName(gsi.indexName())
                    .partitionKey(attribute(def, KeyType.HASH, gsi.keySchema()))
                    .sortKey(attribute(def, KeyType.RANGE, gsi.keySchema()));
            switch (projection.projectionType()) {
                case ALL -> index.projectionType(ProjectionType.ALL);
                case KEYS_ONLY -> index.projectionType(ProjectionType.KEYS_ONLY);
                case INCLUDE -> index.projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes(projection.nonKeyAttributes());
                default -> throw new IllegalStateException(gsi.indexName() + ": projection "
                        + projection.projectionTypeAsString());
            }
            table.addGlobalSecondaryIndex(index.build());
        }
        this.indexNames = def.globalSecondaryIndexes().stream().map(GlobalSecondaryIndex::indexName).toList();
    }

    public Table table() {
        return table;
    }

    public List<String> indexNames() {
        return indexNames;
    }

    private static Attribute attribute(CreateTableRequest def, KeyType type, List<KeySchemaElement> keys) {
        String name = keys.stream().filter(k -> k.keyType() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " key")).attributeName();
        AttributeDefinition d = def.attributeDefinitions().stream().filter(a -> a.attributeName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("no definition for " + name));
        AttributeType t = switch (d.attributeType()) {
            case S -> AttributeType.STRING;
            case N -> AttributeType.NUMBER;
            case B -> AttributeType.BINARY;
            default -> throw new IllegalStateException("attribute type " + d.attributeType());
        };
        return Attribute.builder().name(name).type(t).build();
    }
}
