package cn.yixin.api.bench;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;

/**
 * Figures for docs/performance.md, "Random inspection draw": one draw (R-7.2) over Guangdong's scale of institutions
 * (60,000 hospitals by default) through the real handler on DynamoDB Local, with wall time and the consumed
 * capacity. A harness, not a test: it asserts nothing and runs only when named:
 * <pre>mvn -q -B -ntp -pl functions/api -am test -Dtest=InspectionDrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dyixin.bench.subjects=60000]</pre>
 * The population is cloned at the item level from three subjects registered through the API (a clean B hospital, one
 * with a general dishonest act, one with serious penalties), 75 % / 20 % / 5 %: registering 60,000 through the
 * handler would measure registration, not the draw.
 */
class InspectionDrawBenchmark {

    @Test
    void run() {
        int n = Integer.getInteger("yixin.bench.subjects", 60_000);
        DynamoDbClient raw = DynamoDBEmbedded.create().dynamoDbClient();
        MeteredDynamoDbClient metered = new MeteredDynamoDbClient(raw);
        YixinTable.createIfMissing(metered, "yixin");
        ApiUnderTest api = ApiUnderTest.onClient(metered, Map.of("yixin.test.probe-sweep", false));
        api.onboardAll();
        String gd = "440000";
        String admin = TestIdentity.bureau(gd, "bureau_admin");

        String clean = Fixtures.register(api, gd, "DESIGNATED_HOSPITAL", "基准医院");
        String act = Fixtures.register(api, gd, "DESIGNATED_HOSPITAL", "基准失信医院");
        Fixtures.record(api, gd, act, negative("ADMINISTRATIVE", "GENERAL", today()));
        String low = Fixtures.register(api, gd, "DESIGNATED_HOSPITAL", "基准严重失信医院");
        for (int i = 0; i < 3; i++) {
            Fixtures.record(api, gd, low, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(i)));
        }
        List<Map<String, AttributeValue>> templates = new ArrayList<>();
        for (String id : List.of(clean, act, low)) {
            templates.add(raw.getItem(b -> b.tableName("yixin").key(Map.of("pk", AttributeValue.fromS("T#" + gd + "#S#" + id),
                    "sk", AttributeValue.fromS("PROFILE")))).item());
        }
        long t0 = System.nanoTime();
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int pick = i % 20 < 15 ? 0 : i % 20 < 19 ? 1 : 2;
            Map<String, AttributeValue> t = templates.get(pick);
            String oldId = t.get("subjectId").s();
            String id = "S" + HexFormat.of().formatHex(randomBytes(10));
            Map<String, AttributeValue> item = new HashMap<>(t);
            item.put("pk", AttributeValue.fromS(t.get("pk").s().replace(oldId, id)));
            item.put("subjectId", AttributeValue.fromS(id));
            item.put("gsi1sk", AttributeValue.fromS(t.get("gsi1sk").s().replace(oldId, id)));
            item.put("displayName", AttributeValue.fromS("基准医院" + i));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25) {
                write(raw, batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            write(raw, batch);
        }
        System.out.printf(Locale.ROOT, "seeded %d hospitals in %.1f s (grades: %s, %s, %s)%n", n,
                (System.nanoTime() - t0) / 1e9, templates.get(0).get("grade").s(), templates.get(1).get("grade").s(),
                templates.get(2).get("grade").s());

        for (int i = 0; i < 30; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", "GD-" + i);
            body.put("name", "基准检查员" + i);
            body.put("linkedSubjectIds", i == 0 ? List.of(low) : List.of());
            api.post("/inspectors", admin, body);
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "基准双随机抽查");
        plan.put("subjectKinds", List.of("DESIGNATED_HOSPITAL"));
        plan.put("periodFrom", LocalDate.of(today().getYear(), 1, 1).toString());
        plan.put("periodTo", LocalDate.of(today().getYear(), 12, 31).toString());
        plan.put("basePercent", 5);
        plan.put("inspectorsPerCheck", 2);
        String planId = api.post("/inspection-plans", admin, plan).str("planId");

        metered.reset();
        long d0 = System.nanoTime();
        Response drawn = api.post("/inspection-plans/" + planId + "/draws", admin, Map.of());
        double drawMs = (System.nanoTime() - d0) / 1e6;
        double drawR = metered.reads.sum();
        double drawW = metered.writes.sum();
        long drawCalls = metered.calls.sum();
        System.out.println("draw: " + drawn.status() + " " + drawn.body().substring(0, Math.min(900, drawn.body().length())));

        metered.reset();
        long r0 = System.nanoTime();
        Response read = api.get("/inspection-draws/" + drawn.str("drawId") + "?inputs=true", admin);
        double readMs = (System.nanoTime() - r0) / 1e6;
        double readR = metered.reads.sum();
        metered.reset();
        long p0 = System.nanoTime();
        Response pub = api.request("GET", "/public/inspection-draws/" + drawn.str("drawId")).send();
        double pubMs = (System.nanoTime() - p0) / 1e6;
        double pubR = metered.reads.sum();

        System.out.printf(Locale.ROOT, "java %s, %d cores, load %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("| step | status | wall ms | RCU | WCU | DynamoDB calls |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| DrawInspection over %d hospitals (%s checks) | %d | %.0f | %.1f | %.1f | %d |%n",
                n + 3, drawn.at("checks"), drawn.status(), drawMs, drawR, drawW, drawCalls);
        System.out.printf(Locale.ROOT, "| ReadInspectionDraw ?inputs=true (%d bytes) | %d | %.0f | %.1f | 0 | |%n",
                read.body().length(), read.status(), readMs, readR);
        System.out.printf(Locale.ROOT, "| ReadPublicInspectionDraw (%d bytes) | %d | %.0f | %.1f | 0 | |%n",
                pub.body().length(), pub.status(), pubMs, pubR);
        api.context().close();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static void write(DynamoDbClient raw, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of("yixin", batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> asked = pending;
            var res = raw.batchWriteItem(b -> b.requestItems(asked));
            pending = res.hasUnprocessedItems() ? res.unprocessedItems() : Map.of();
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
