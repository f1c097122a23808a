package cn.yixin.api.bench;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures for docs/performance.md, measured through the real payload-2.0 handler on DynamoDB Local with real
 * signed tokens: application-context start, per-request latency (median, p99) and DynamoDB consumed capacity per
 * operation. A harness, not a test: nothing here asserts a time.
 *
 * <p>How to run it: docs/performance.md. The exec plugin variant:</p><pre>mvn -q -pl functions/api exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.yixin.api.bench.FoundationBenchmark [-Dexec.args="2000"]</pre>
 */
public final class FoundationBenchmark {

    private FoundationBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        double[] starts = new double[5];
        for (int i = 0; i < starts.length; i++) {
            var dynamo = DynamoDBEmbedded.create().dynamoDbClient();
            YixinTable.createIfMissing(dynamo, "yixin");
            long t0 = System.nanoTime();
            ApplicationContext ctx = ApplicationContext.builder().environments("test")
                    .properties(ApiUnderTest.properties()).singletons(dynamo).start();
            new APIGatewayV2HTTPEventFunction(ctx);
            starts[i] = (System.nanoTime() - t0) / 1e6;
            ctx.close();
        }
        System.out.printf(Locale.ROOT, "application context + handler start (5 starts in one JVM; the first is "
                + "the cold one): first %.0f ms, median of the rest %.0f ms%n", starts[0],
                median(Arrays.copyOfRange(starts, 1, starts.length)));

        MeteredDynamoDbClient metered = new MeteredDynamoDbClient(DynamoDBEmbedded.create().dynamoDbClient());
        YixinTable.createIfMissing(metered, "yixin");
        ApiUnderTestOnClient.start(metered);
        String officer = TestIdentity.bureau("500119", "bureau_officer");

        List<String> subjects = new ArrayList<>();
        Stats register = measure(metered, 200, () -> {
            Response r = api().post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "基准医院",
                    "identifier", Identifiers.uscc()));
            subjects.add(r.str("subjectId"));
            return r;
        });
        int[] i = {0};
        LocalDate day = LocalDate.of(2026, 3, 2);
        Supplier<Response> record = () -> {
            String s = subjects.get(i[0]++ % subjects.size());
            Map<String, Object> body = new HashMap<>();
            body.put("category", "AGREEMENT_PERFORMANCE");
            body.put("polarity", "NEGATIVE");
            body.put("severity", "MINOR");
            body.put("summary", "基准测试记录");
            body.put("effectiveFrom", day.toString());
            body.put("basis", Map.of("kind", "AGREEMENT_HANDLING", "number", "基准" + i[0], "date", day.toString(),
                    "issuer", "南川区医保经办机构"));
            return api().post("/subjects/" + s + "/records", officer, body);
        };
        measure(metered, 300, record); // warm-up
        Stats recordStats = measure(metered, n, record);
        Supplier<Response> read = () -> api().get("/subjects/" + subjects.get(i[0]++ % subjects.size()), officer);
        measure(metered, 300, read);
        Stats readStats = measure(metered, n, read);
        Stats archive = measure(metered, 500, () -> api().get("/subjects/" + subjects.get(i[0]++ % subjects.size())
                + "/records", officer));
        Stats list = measure(metered, 500, () -> api().get("/subjects?kind=DESIGNATED_HOSPITAL&limit=50", officer));

        // The daily sweep, every job for every tenant: on a day with nothing due, then on the day the MINOR records
        // above (penalty 2026-03-02, 3 months) end their publication, so every benchmark subject is due.
        String operator = TestIdentity.operator();
        Stats quietSweep = measure(metered, 3, () -> api().request("POST", "/platform/sweeps?day=2026-05-20")
                .token(operator).send());
        Stats dueSweep = measure(metered, 1, () -> api().request("POST", "/platform/sweeps?day=2026-06-02")
                .token(operator).send());

        int perSubject = (300 + n) / subjects.size();
        System.out.println();
        System.out.println("| operation | requests | median ms | p99 ms | RCU / request | WCU / request |");
        System.out.println("|---|---|---|---|---|---|");
        print("RegisterSubject", register);
        print("RecordCreditInformation (subjects with up to ~" + perSubject + " records)", recordStats);
        print("ReadProfile", readStats);
        print("ReadArchive", archive);
        print("ListSubjects (page of 50)", list);
        print("RunDailySweep, nothing due (7 tenants, " + subjects.size() + " subjects)", quietSweep);
        print("RunDailySweep, publication ends for all " + subjects.size() + " subjects (~" + perSubject
                + " records each)", dueSweep);
        api().context().close();
        System.exit(0);
    }

    private static ApiUnderTest current;

    private static ApiUnderTest api() {
        return current;
    }

    /** Builds the shared harness on a given client; kept here so the harness class stays test-only. */
    static final class ApiUnderTestOnClient {
        static ApiUnderTest start(MeteredDynamoDbClient client) {
            // The test suite's probe sweep job (an injected failure for one tenant) has no place in a measurement.
            current = ApiUnderTest.onClient(client, Map.of("yixin.test.probe-sweep", false));
            current.onboardAll();
            return current;
        }
    }

    record Stats(int count, double medianMs, double p99Ms, double rcu, double wcu, int errors) {
    }

    private static Stats measure(MeteredDynamoDbClient metered, int count, Supplier<Response> call) {
        double[] ms = new double[count];
        metered.reset();
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
        return new Stats(count, ms[count / 2], ms[(int) Math.ceil(count * 0.99) - 1],
                metered.reads.sum() / count, metered.writes.sum() / count, errors);
    }

    private static void print(String name, Stats s) {
        System.out.printf(Locale.ROOT, "| %s | %d%s | %.2f | %.2f | %.1f | %.1f |%n", name, s.count(),
                s.errors() == 0 ? "" : " (" + s.errors() + " errors)", s.medianMs(), s.p99Ms(), s.rcu(), s.wcu());
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
