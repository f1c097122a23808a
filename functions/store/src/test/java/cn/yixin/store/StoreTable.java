package cn.yixin.store;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store's round-trip tests run on DynamoDB Local in process, as {@code ApiUnderTest} does for the API: one engine
 * per JVM, a table of its own per test class (created with {@link YixinTable#createIfMissing}, the deployed
 * definition), so the classes never see each other's items.
 */
final class StoreTable {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static AmazonDynamoDBLocal engine;
    private static final AtomicInteger TABLES = new AtomicInteger();

    final DynamoDbClient dynamo;
    final DynamoClients clients;
    final String table;

    private StoreTable(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.clients = DynamoClients.shared(dynamo);
        this.table = table;
    }

    /** A fresh, empty table on the JVM's one DynamoDB Local engine. */
    static synchronized StoreTable fresh() {
        if (engine == null) {
            engine = DynamoDBEmbedded.create();
        }
        DynamoDbClient client = engine.dynamoDbClient();
        String name = "store-test-" + TABLES.incrementAndGet();
        YixinTable.createIfMissing(client, name);
        return new StoreTable(client, name);
    }

    /** How many items the table holds: what a refused write must leave unchanged. */
    int itemCount() {
        return dynamo.scanPaginator(b -> b.tableName(table)).items().stream().mapToInt(i -> 1).sum();
    }
}
