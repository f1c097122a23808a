package cn.yixin.api.bench;

import cn.yixin.api.monitoring.WarningRaiser;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.monitoring.WarningEvaluator;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What evaluating the warning rules costs an archive write (R-8.1, issue 15), for docs/performance.md: through the
 * real payload-2.0 handler on DynamoDB Local, the same record write for Nanchuan hospitals (nine warning rules watch
 * them) and Guangdong hospitals (no monitoring section: nothing evaluated), with the read units of the warnings query
 * counted apart; then the rules alone, in process, over archives of 10, 50 and 200 records. A harness, not a test:
 * it prints, it asserts nothing.
 *
 * <pre>java -cp functions/api/target/test-classes:functions/api/target/classes:$(cat functions/api/target/cp.txt) \
 *     cn.yixin.api.bench.MonitoringBenchmark 1000</pre>
 */
public final class MonitoringBenchmark {

    private MonitoringBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        MeteredDynamoDbClient metered = new MeteredDynamoDbClient(DynamoDBEmbedded.create().dynamoDbClient());
        WarnQueries warn = new WarnQueries(metered);
        YixinTable.createIfMissing(warn, "yixin");
        ApiUnderTest api = ApiUnderTest.onClient(warn, Map.of("yixin.test.probe-sweep", false));
        api.onboardAll();

        System.out.println();
        System.out.println("| write | requests | median ms | p99 ms | RCU / request | of which warnings query | WCU / request |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String tenant : List.of("440000", "500119")) {
            String officer = TestIdentity.bureau(tenant, "bureau_officer");
            List<String> subjects = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                Response r = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "预警基准医院",
                        "identifier", Identifiers.uscc()));
                subjects.add(r.str("subjectId"));
            }
            int[] i = {0};
            LocalDate day = LocalDate.of(2026, 3, 2);
            Supplier<Response> record = () -> {
                String s = subjects.get(i[0]++ % subjects.size());
                Map<String, Object> body = new HashMap<>();
                body.put("category", "AGREEMENT_PERFORMANCE");
                body.put("polarity", "NEGATIVE");
                body.put("severity", "MINOR");
                body.put("summary", "预警基准记录");
                body.put("effectiveFrom", day.toString());
                body.put("basis", Map.of("kind", "AGREEMENT_HANDLING", "number", "基准" + tenant + "-" + i[0],
                        "date", day.toString(), "issuer", "医保经办机构"));
                return api.post("/subjects/" + s + "/records", officer, body);
            };
            measure(metered, warn, 200, record);   // warm-up
            print((tenant.equals("500119") ? "Nanchuan, 9 rules watch the kind" : "Guangdong, no warning rules")
                    + " (up to ~" + (200 + n) / subjects.size() + " records each)", measure(metered, warn, n, record));
        }
        // A write that raises: the third general penalty in a year (REPEATED_DISHONESTY), one per fresh hospital;
        // the same write in Guangdong (no rules) for the difference.
        String officer = TestIdentity.bureau("500119", "bureau_officer");
        for (String tenant : List.of("440000", "500119")) {
            String off = TestIdentity.bureau(tenant, "bureau_officer");
            List<String> fresh = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                String s = api.post("/subjects", off, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "预警基准医院乙",
                        "identifier", Identifiers.uscc())).str("subjectId");
                fresh.add(s);
                for (int j = 0; j < 2; j++) {
                    api.post("/subjects/" + s + "/records", off, penalty(LocalDate.of(2026, 3, 2 + j), s + j));
                }
            }
            int[] f = {0};
            Stats third = measure(metered, warn, fresh.size(), () -> {
                String s = fresh.get(f[0]++);
                return api.post("/subjects/" + s + "/records", off, penalty(LocalDate.of(2026, 3, 9), s + "third"));
            });
            int raised = 0;
            for (String s : fresh) {
                raised += api.get("/subjects/" + s + "/warnings", off).list().size();
            }
            print((tenant.equals("500119") ? "Nanchuan" : "Guangdong") + ", 3rd general penalty in 365 days ("
                    + raised + " warnings raised by " + fresh.size() + " writes)", third);
        }
        Stats stats = measure(metered, warn, 20, () -> api.get("/monitoring/statistics", officer));
        print("ReadMonitoringStatistics (Nanchuan, 200 hospitals, ~100 warnings, 12 months)", stats);
        Stats chart = measure(metered, warn, 20, () -> api.get("/monitoring/statistics/chart", officer));
        print("ReadMonitoringChart (the same, as SVG)", chart);

        // The rules alone, in process: the Nanchuan policy over archives of growing size.
        WarningRaiser raiser = api.context().getBean(WarningRaiser.class);
        ActiveConfig active = api.context().getBean(TenantDirectory.class).current("500119");
        MonitoringPolicy policy = raiser.policy(active);
        List<String> order = active.config().schemeFor(SubjectKind.DESIGNATED_HOSPITAL).gradeScale().grades();
        System.out.println();
        int warmed = 0;
        System.out.println("| archive size | rules evaluated | µs per write (median of 5 rounds of 20,000) |");
        System.out.println("|---|---|---|");
        for (int size : new int[]{10, 50, 200, 10, 50, 200}) {   // the first three warm the JIT, the last three print
            List<CreditRecord> archive = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                archive.add(new CreditRecord("R" + k, "S1", k % 2 == 0 ? InfoCategory.ADMINISTRATIVE
                        : InfoCategory.AGREEMENT_PERFORMANCE, Polarity.NEGATIVE, Severity.GENERAL, null, "x", null,
                        LocalDate.of(2026, 1, 1).plusDays(k), null, "BUREAU", "u", Instant.EPOCH, null, false));
            }
            CreditRecord added = archive.get(size - 1);
            List<Warning> existing = List.of();
            var write = new WarningEvaluator.Write("S1", SubjectKind.DESIGNATED_HOSPITAL, archive, added,
                    WarningEvaluator.Event.RECORDED, "B", 850, "C", 700, order, existing);
            double[] rounds = new double[5];
            long sink = 0;
            for (int round = -2; round < rounds.length; round++) {   // two warm-up rounds
                long t0 = System.nanoTime();
                for (int k = 0; k < 20_000; k++) {
                    sink += WarningEvaluator.evaluate(policy, 1, write, Instant.EPOCH).size();
                }
                if (round >= 0) {
                    rounds[round] = (System.nanoTime() - t0) / 1e3 / 20_000;
                }
            }
            Arrays.sort(rounds);
            if (warmed++ < 3) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %.2f |%s%n", size, policy.rulesFor(SubjectKind.DESIGNATED_HOSPITAL).size(),
                    rounds[2], sink < 0 ? " " : "");
        }
        api.context().close();
        System.exit(0);
    }

    private static Map<String, Object> penalty(LocalDate on, String ref) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "ADMINISTRATIVE");
        body.put("polarity", "NEGATIVE");
        body.put("severity", "GENERAL");
        body.put("summary", "预警基准处罚");
        body.put("effectiveFrom", on.toString());
        body.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "南医保罚" + ref, "date", on.toString(),
                "issuer", "重庆市南川区医疗保障局"));
        return body;
    }

    record Stats(int count, double medianMs, double p99Ms, double rcu, double warnRcu, double wcu, int errors) {
    }

    private static Stats measure(MeteredDynamoDbClient metered, WarnQueries warn, int count, Supplier<Response> call) {
        double[] ms = new double[count];
        metered.reset();
        warn.reset();
        int errors = 0;
        for (int k = 0; k < count; k++) {
            long t0 = System.nanoTime();
            Response r = call.get();
            ms[k] = (System.nanoTime() - t0) / 1e6;
            if (r.status() >= 300) {
                errors++;
            }
        }
        Arrays.sort(ms);
        return new Stats(count, ms[count / 2], ms[(int) Math.ceil(count * 0.99) - 1], metered.reads.sum() / count,
                warn.rcu.sum() / count, metered.writes.sum() / count, errors);
    }

    private static void print(String name, Stats s) {
        System.out.printf(Locale.ROOT, "| %s | %d%s | %.2f | %.2f | %.2f | %.2f | %.1f |%n", name, s.count(),
                s.errors() == 0 ? "" : " (" + s.errors() + " errors)", s.medianMs(), s.p99Ms(), s.rcu(), s.warnRcu(),
                s.wcu());
    }

    /** Passes every call to the metering client and adds up apart the read units of queries on a warnings partition. */
    static final class WarnQueries implements DynamoDbClient {
        private final DynamoDbClient delegate;
        final DoubleAdder rcu = new DoubleAdder();
        final LongAdder queries = new LongAdder();

        WarnQueries(DynamoDbClient delegate) {
            this.delegate = delegate;
        }

        void reset() {
            rcu.reset();
            queries.reset();
        }

        @Override
        public QueryResponse query(QueryRequest r) {
            QueryResponse res = delegate.query(r);
            AttributeValue pk = r.expressionAttributeValues() == null ? null : r.expressionAttributeValues().get(":pk");
            if (pk != null && pk.s() != null && pk.s().endsWith("#WARN") && res.consumedCapacity() != null) {
                queries.increment();
                rcu.add(res.consumedCapacity().capacityUnits() == null ? 0 : res.consumedCapacity().capacityUnits());
            }
            return res;
        }

        @Override
        public GetItemResponse getItem(GetItemRequest r) {
            return delegate.getItem(r);
        }

        @Override
        public PutItemResponse putItem(PutItemRequest r) {
            return delegate.putItem(r);
        }

        @Override
        public ScanResponse scan(ScanRequest r) {
            return delegate.scan(r);
        }

        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest r) {
            return delegate.transactWriteItems(r);
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
}
