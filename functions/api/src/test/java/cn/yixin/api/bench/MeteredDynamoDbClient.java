package cn.yixin.api.bench;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Asks DynamoDB for the consumed capacity of every call the application makes and adds it up, so a benchmark can
 * report read and write units per operation. Only the calls the store uses are metered; any other throws.
 */
final class MeteredDynamoDbClient implements DynamoDbClient {

    private final DynamoDbClient delegate;
    final DoubleAdder reads = new DoubleAdder();
    final DoubleAdder writes = new DoubleAdder();
    final LongAdder calls = new LongAdder();

    MeteredDynamoDbClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    void reset() {
        reads.reset();
        writes.reset();
        calls.reset();
    }

    private void add(ConsumedCapacity c, boolean write) {
        calls.increment();
        if (c == null) {
            return;
        }
        double units = c.capacityUnits() == null ? 0 : c.capacityUnits();
        if (c.readCapacityUnits() != null || c.writeCapacityUnits() != null) {
            reads.add(c.readCapacityUnits() == null ? 0 : c.readCapacityUnits());
            writes.add(c.writeCapacityUnits() == null ? 0 : c.writeCapacityUnits());
        } else if (write) {
            writes.add(units);
        } else {
            reads.add(units);
        }
    }

    private void addAll(List<ConsumedCapacity> cs) {
        calls.increment();
        if (cs != null) {
            for (ConsumedCapacity c : cs) {
                writes.add(c.capacityUnits() == null ? 0 : c.capacityUnits());
            }
        }
    }

    @Override
    public GetItemResponse getItem(GetItemRequest r) {
        GetItemResponse res = delegate.getItem(r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        add(res.consumedCapacity(), false);
        return res;
    }

    @Override
    public PutItemResponse putItem(PutItemRequest r) {
        PutItemResponse res = delegate.putItem(r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        add(res.consumedCapacity(), true);
        return res;
    }

    @Override
    public QueryResponse query(QueryRequest r) {
        QueryResponse res = delegate.query(r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        add(res.consumedCapacity(), false);
        return res;
    }

    /** The random inspection draw batch-reads its population (InspectionDrawBenchmark). */
    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest r) {
        BatchGetItemResponse res = delegate.batchGetItem(
                r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        calls.increment();
        if (res.consumedCapacity() != null) {
            res.consumedCapacity().forEach(c -> reads.add(c.capacityUnits() == null ? 0 : c.capacityUnits()));
        }
        return res;
    }

    @Override
    public ScanResponse scan(ScanRequest r) {
        ScanResponse res = delegate.scan(r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        add(res.consumedCapacity(), false);
        return res;
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
        TransactWriteItemsResponse res = delegate.transactWriteItems(
                r.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
        addAll(res.consumedCapacity());
        return res;
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest r) {
        return delegate.createTable(r);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
