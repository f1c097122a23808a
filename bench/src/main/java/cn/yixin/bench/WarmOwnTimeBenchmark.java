package cn.yixin.bench;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Warm own time against the number of requests served (issue 18): one function instance (the real payload-2.0
 * handler, {@code ApiHandler}, on DynamoDB Local in-process) serves N requests of one operation; for each block of
 * 1,000 it prints the median and p99 of the request's <em>own</em> time, i.e. the handler's time minus the time spent
 * inside DynamoDB client calls (measured around every call of the client the repositories use). A flat column means
 * a warm function does not slow down with age.
 *
 * <p>{@code --library-factory} reproduces the library's default (micronaut-function-aws registering the request's
 * Lambda {@code Context} and {@code LambdaLogger} as singletons per request) by calling its factory before each
 * request, to show the growth the replacement removed; {@code --reads-only} skips the write. Run:
 * bench/run-warm-benchmark [N] [--library-factory] [--reads-only].
 */
public final class WarmOwnTimeBenchmark {

    /** Nanoseconds spent inside DynamoDB calls on this thread since the last reset. */
    private static final ThreadLocal<long[]> DYNAMO_NS = ThreadLocal.withInitial(() -> new long[1]);

    public static void main(String[] args) {
        int n = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10_000;
        boolean library = Arrays.asList(args).contains("--library-factory");
        System.out.printf(Locale.ROOT, "java %s, %d cores, %s, %d requests per operation, %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()), n,
                library ? "library context factory (per-request singletons)" : "NoPerRequestBeans");

        ApiUnderTest api = ApiUnderTest.onClient(timed(DynamoDBEmbedded.create().dynamoDbClient()),
                Map.of("yixin.test.probe-sweep", false));
        api.onboardAll();
        DefaultLambdaContextFactory libraryFactory = new DefaultLambdaContextFactory(api.context());
        Runnable perRequest = library ? () -> libraryFactory.registerSingletons(new MockLambdaContext()) : () -> { };

        String officer = TestIdentity.bureau("500119", "bureau_officer");
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Response r = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "基准医院",
                    "identifier", Identifiers.uscc()));
            subjects.add(r.str("subjectId"));
        }
        int[] k = {0};
        Supplier<Response> read = () -> api.get("/subjects/" + subjects.get(k[0]++ % subjects.size()), officer);
        LocalDate day = LocalDate.of(2026, 3, 2);
        Supplier<Response> write = () -> {
            Map<String, Object> body = new HashMap<>();
            body.put("category", "AGREEMENT_PERFORMANCE");
            body.put("polarity", "POSITIVE");
            body.put("severity", "MINOR");
            body.put("summary", "基准测试记录");
            body.put("effectiveFrom", day.toString());
            body.put("basis", Map.of("kind", "AGREEMENT_HANDLING", "number", "基准" + k[0], "date", day.toString(),
                    "issuer", "南川区医保经办机构"));
            return api.post("/subjects/" + subjects.get(k[0]++ % subjects.size()) + "/records", officer, body);
        };
        run("ReadProfile", n, read, perRequest, api);
        if (!Arrays.asList(args).contains("--reads-only")) {
            run("RecordCreditInformation", n, write, perRequest, api);
        }
        System.exit(0);
    }

    private static void run(String name, int n, Supplier<Response> call, Runnable perRequest, ApiUnderTest api) {
        System.out.printf(Locale.ROOT, "%n%s%n| requests served | own p50 ms | own p99 ms | DynamoDB p50 ms | bean definitions |%n"
                + "|---:|---:|---:|---:|---:|%n", name);
        double[] own = new double[1000];
        double[] db = new double[1000];
        int errors = 0;
        for (int i = 0; i < n; i++) {
            perRequest.run();
            DYNAMO_NS.get()[0] = 0;
            long t0 = System.nanoTime();
            Response r = call.get();
            long total = System.nanoTime() - t0;
            long inDynamo = DYNAMO_NS.get()[0];
            if (r.status() >= 300) {
                errors++;
            }
            own[i % 1000] = (total - inDynamo) / 1e6;
            db[i % 1000] = inDynamo / 1e6;
            if (i % 1000 == 999) {
                double[] o = own.clone();
                double[] d = db.clone();
                Arrays.sort(o);
                Arrays.sort(d);
                System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %d |%n", i + 1, o[500], o[989], d[500],
                        api.context().getAllBeanDefinitions().size());
            }
        }
        if (errors > 0) {
            System.out.println(errors + " requests answered an error status");
        }
    }

    /** The repositories' client, with the time spent inside each call added to the calling thread's counter. */
    private static DynamoDbClient timed(DynamoDbClient target) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.isDefault() && args != null && args.length == 1
                    && !(args[0] instanceof software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest)) {
                return InvocationHandler.invokeDefault(proxy, method, args); // consumer form: builds, calls back
            }
            long t0 = System.nanoTime();
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                DYNAMO_NS.get()[0] += System.nanoTime() - t0;
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, h);
    }
}
