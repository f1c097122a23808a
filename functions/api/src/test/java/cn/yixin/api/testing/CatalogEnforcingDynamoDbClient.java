package cn.yixin.api.testing;

import cn.yixin.api.OperationCatalog;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Enforces, on every DynamoDB call made while an HTTP operation runs, the actions and indexes that operation's
 * catalog entry grants: exactly what the IAM role built from the catalog allows in the cloud (infra/). A call
 * outside them fails as IAM would, with AccessDeniedException, so the whole suite checks least privilege. Outside
 * a request (test setup, direct bean calls) nothing is enforced. A test can also have one chosen call fail as the
 * service fails ({@link #failOnce}).
 */
public final class CatalogEnforcingDynamoDbClient implements DynamoDbClient {

    private static final ThreadLocal<OperationCatalog.Operation> CURRENT = new ThreadLocal<>();
    /** Successful write calls made on this thread since {@link #resetWrites()}: what a request left in the table. */
    private static final ThreadLocal<List<String>> WRITES = ThreadLocal.withInitial(java.util.ArrayList::new);

    /** Forgets the writes counted so far on this thread (the harness calls it before each request). */
    public static void resetWrites() {
        WRITES.get().clear();
    }

    /**
     * The write calls (Put, Update, Delete, BatchWrite, TransactWrite) that succeeded on this thread since the last
     * {@link #resetWrites()}, each as its action and the first key it touched: a refused request must have none.
     */
    public static List<String> writes() {
        return List.copyOf(WRITES.get());
    }

    /**
     * As {@link #writes()}, without the bookkeeping of Idempotency-Keys (a request claims its key before it works and
     * releases it when refused): what a request changed of the tenant's data.
     */
    public static List<String> businessWrites() {
        return WRITES.get().stream().filter(w -> !(w.startsWith("PutItem ") && w.contains("#IDEM#"))).toList();
    }

    private static <T> T wrote(String action, Object key, T response) {
        WRITES.get().add(action + " " + key);
        return response;
    }

    private final DynamoDbClient delegate;
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    /** An injected failure waiting for its call; {@link #fired()} says whether the call came. */
    public static final class Fault {
        private final Predicate<DynamoDbRequest> when;
        private volatile boolean fired;

        private Fault(Predicate<DynamoDbRequest> when) {
            this.when = when;
        }

        public boolean fired() {
            return fired;
        }
    }

    private final List<Writes> watches = new CopyOnWriteArrayList<>();

    /**
     * Every write call (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems) made on the thread that
     * opened it, until closed: a test proves a refused request writes nothing by seeing the calls themselves, not
     * only their effect.
     */
    public final class Writes implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final List<DynamoDbRequest> calls = new CopyOnWriteArrayList<>();

        public List<DynamoDbRequest> calls() {
            return List.copyOf(calls);
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }

    public Writes watchWrites() {
        Writes w = new Writes();
        watches.add(w);
        return w;
    }

    private void wrote(DynamoDbRequest r) {
        for (Writes w : watches) {
            if (w.thread == Thread.currentThread()) {
                w.calls.add(r);
            }
        }
    }

    public CatalogEnforcingDynamoDbClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    static <T> T during(OperationCatalog.Operation op, Supplier<T> call) {
        OperationCatalog.Operation before = CURRENT.get();
        CURRENT.set(op);
        try {
            return call.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /**
     * Runs a stream consumer's work under the rights infra/ gives the background jobs ({@code BackgroundJobs.JOB_ACTIONS},
     * that is {@link OperationCatalog#SWEEP}), with no index: a consumer that needed more would be refused in the cloud.
     */
    public static <T> T asStreamConsumer(String job, Supplier<T> call) {
        return during(new OperationCatalog.Operation(job, "STREAM", "-", List.of(), OperationCatalog.SWEEP, true,
                List.of()), call);
    }

    /**
     * The next call that {@code when} matches fails as a DynamoDB outage would (HTTP 500, InternalServerError, after
     * the SDK's retries), once, before it reaches the engine: for tests of what a failure between two writes leaves.
     */
    public Fault failOnce(Predicate<DynamoDbRequest> when) {
        Fault f = new Fault(when);
        faults.add(f);
        return f;
    }

    /** Withdraws a fault that has not fired (a test that proves a call is never made). */
    public void cancel(Fault f) {
        faults.remove(f);
    }

    private void injectFault(DynamoDbRequest r) {
        for (Fault f : faults) {
            if (f.when.test(r) && faults.remove(f)) {
                f.fired = true;
                throw DynamoDbException.builder().message("We currently do not have sufficient capacity (injected)")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError")
                                .serviceName("DynamoDb").build())
                        .statusCode(500).build();
            }
        }
    }

    private static void require(String action, String index) {
        OperationCatalog.Operation op = CURRENT.get();
        if (op == null) {
            return;
        }
        if (!op.dynamoActions().contains(action) || (index != null && !op.indexes().contains(index))) {
            throw DynamoDbException.builder()
                    .message("User is not authorized to perform: " + action + (index == null ? "" : " on index " + index)
                            + " (operation " + op.name() + " is granted " + op.dynamoActions() + ", indexes "
                            + op.indexes() + ")")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDeniedException")
                            .serviceName("DynamoDb").build())
                    .statusCode(400).build();
        }
    }

    /** A read call: refused unless the operation is granted {@code action} (and the index), then the engine's. */
    private <T> T read(String action, String index, DynamoDbRequest r, Supplier<T> call) {
        require(action, index);
        injectFault(r);
        return call.get();
    }

    /** A write call: refused unless granted, seen by the open watches, then counted once the engine took it. */
    private <T> T write(String action, Object key, DynamoDbRequest r, Supplier<T> call) {
        require("dynamodb:" + action, null);
        wrote(r);
        injectFault(r);
        return wrote(action, key, call.get());
    }

    @Override
    public GetItemResponse getItem(GetItemRequest r) {
        return read("dynamodb:GetItem", null, r, () -> delegate.getItem(r));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest r) {
        return write("PutItem", r.item().get("pk"), r, () -> delegate.putItem(r));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest r) {
        return write("UpdateItem", r.key(), r, () -> delegate.updateItem(r));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest r) {
        return write("DeleteItem", r.key(), r, () -> delegate.deleteItem(r));
    }

    @Override
    public QueryResponse query(QueryRequest r) {
        return read("dynamodb:Query", r.indexName(), r, () -> delegate.query(r));
    }

    @Override
    public ScanResponse scan(ScanRequest r) {
        return read("dynamodb:Scan", r.indexName(), r, () -> delegate.scan(r));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest r) {
        return read("dynamodb:BatchGetItem", null, r, () -> delegate.batchGetItem(r));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest r) {
        return write("BatchWriteItem", r.requestItems().keySet(), r, () -> delegate.batchWriteItem(r));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest r) {
        return read("dynamodb:GetItem", null, r, () -> delegate.transactGetItems(r));
    }

    /** IAM checks each item of a transaction against its own action. */
    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
        for (TransactWriteItem i : r.transactItems()) {
            if (i.put() != null) {
                require("dynamodb:PutItem", null);
            }
            if (i.update() != null) {
                require("dynamodb:UpdateItem", null);
            }
            if (i.delete() != null) {
                require("dynamodb:DeleteItem", null);
            }
            if (i.conditionCheck() != null) {
                require("dynamodb:ConditionCheckItem", null);
            }
        }
        wrote(r);
        injectFault(r);
        return wrote("TransactWriteItems", r.transactItems().size() + " items", delegate.transactWriteItems(r));
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest r) {
        injectFault(r);
        return delegate.createTable(r);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest r) {
        injectFault(r);
        return delegate.describeTable(r);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** The catalog entry a request is routed to: literal segments beat variables, as the router does. */
    static OperationCatalog.Operation operationFor(String method, String path) {
        OperationCatalog.Operation best = null;
        int bestVars = Integer.MAX_VALUE;
        String m = "HEAD".equals(method) ? "GET" : method;
        for (OperationCatalog.Operation op : OperationCatalog.ALL) {
            if (!op.method().equals(m)) {
                continue;
            }
            String regex = "^" + op.path().replaceAll("\\{[^/]+}", "[^/]+") + "/?$";
            int vars = op.path().split("\\{", -1).length - 1;
            if (path.matches(regex) && vars < bestVars) {
                best = op;
                bestVars = vars;
            }
        }
        return best;
    }

    static List<OperationCatalog.Operation> all() {
        return OperationCatalog.ALL;
    }
}
