package cn.yixin.api.bench;

import cn.yixin.api.eligibility.EligibilityRequests;
import cn.yixin.api.eligibility.StatusChecks;
import cn.yixin.api.security.Caller;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.subject.Role;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The settlement status check (R-11.1, issue 16): latency in-process through the real payload-2.0 handler (signed
 * token, strict input, controller, one GetItem, the audit put) and of the use case alone (no HTTP, no token), with
 * the DynamoDB units each call consumed. Guangdong's tenant (440000); persons with 1–3 acts each, a quarter of them
 * suspended. Prints a table; asserts nothing. How to run: docs/performance.md, "Payment-eligibility status check".
 */
public final class EligibilityCheckBenchmark {

    private EligibilityCheckBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf(Locale.ROOT, "java %s, %d cores, load average %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        MeteredDynamoDbClient metered = new MeteredDynamoDbClient(DynamoDBEmbedded.create().dynamoDbClient());
        YixinTable.createIfMissing(metered, "yixin");
        ApiUnderTest api = ApiUnderTest.onClient(metered, Map.of("yixin.test.probe-sweep", false));
        api.onboardAll();
        String tenant = "440000";
        String officer = TestIdentity.bureau(tenant, "bureau_officer");

        List<String> ids = new ArrayList<>();
        int[] k = {0};
        Supplier<Response> recordOne = () -> {
            int p = k[0]++;
            if (p % 3 == 0 || ids.isEmpty()) {
                ids.add(Identifiers.residentId());
            }
            String id = ids.get(ids.size() - 1);
            int points = ids.size() % 4 == 0 && p % 3 == 2 ? 5 : 2; // every 4th person reaches 9 (suspended)
            return api.post("/eligibility/points", officer, body(id, points == 5 ? "FRAUD" : "FALSE_RECORDS", points));
        };
        FoundationStats record = measure(metered, persons * 3, recordOne);

        int[] c = {0};
        Supplier<Response> check = () -> api.post("/eligibility/status-checks", officer,
                Map.of("identifier", c[0]++ % 5 == 4 ? Identifiers.residentId() : ids.get(c[0] % ids.size())));
        measure(metered, 300, check); // warm-up
        FoundationStats handler = measure(metered, n, check);

        StatusChecks checks = api.context().getBean(StatusChecks.class);
        Caller caller = new Caller("bench-officer", tenant, Set.of(Role.BUREAU_OFFICER), null);
        Supplier<Response> direct = () -> {
            checks.check(caller, new EligibilityRequests.StatusCheck(ids.get(c[0]++ % ids.size())));
            return null;
        };
        measure(metered, 300, direct);
        FoundationStats useCase = measure(metered, n, direct);

        System.out.println();
        System.out.println("| what | calls | p50 ms | p99 ms | RCU / call | WCU / call |");
        System.out.println("|---|---|---|---|---|---|");
        print("RecordPoints (" + ids.size() + " persons, 3 acts each)", record);
        print("CheckEligibility through the handler (1 in 5 unknown persons)", handler);
        print("StatusChecks use case alone (no HTTP, no token)", useCase);
        api.context().close();
        System.exit(0);
    }

    private static Map<String, Object> body(String id, String item, int points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identifier", id);
        m.put("itemCode", item);
        m.put("responsibility", "GENERAL");
        m.put("points", points);
        m.put("actDate", Fixtures.today().minusDays(10).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "基准〔2026〕" + System.nanoTime() % 1000000 + "号",
                "date", Fixtures.today().minusDays(1).toString(), "issuer", "广东省医疗保障局"));
        return m;
    }

    record FoundationStats(int count, double p50, double p99, double rcu, double wcu, int errors) {
    }

    private static FoundationStats measure(MeteredDynamoDbClient metered, int count, Supplier<Response> call) {
        double[] ms = new double[count];
        metered.reset();
        int errors = 0;
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            Response r = call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (r != null && r.status() >= 300) {
                errors++;
            }
        }
        Arrays.sort(ms);
        return new FoundationStats(count, ms[count / 2], ms[(int) Math.ceil(count * 0.99) - 1],
                metered.reads.sum() / count, metered.writes.sum() / count, errors);
    }

    private static void print(String name, FoundationStats s) {
        System.out.printf(Locale.ROOT, "| %s | %d%s | %.2f | %.2f | %.2f | %.2f |%n", name, s.count(),
                s.errors() == 0 ? "" : " (" + s.errors() + " errors)", s.p50(), s.p99(), s.rcu(), s.wcu());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
