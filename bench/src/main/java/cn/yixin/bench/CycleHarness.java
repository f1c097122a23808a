package cn.yixin.bench;

import cn.yixin.api.evaluation.CycleResults;
import cn.yixin.api.evaluation.CycleRunner;
import cn.yixin.api.tenancy.TenantOnboarding;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.store.BenchSeeder;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A full evaluation cycle over N designated hospitals of Nanchuan with K records each, on DynamoDB Local in-process,
 * through the production services (CycleRunner, CycleResults, the Notifier): wall time and consumed capacity per
 * subject for the run (proposed results + notices) and for publication. Usage: CycleHarness N [K].
 */
public final class CycleHarness {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Path.of(System.getProperty("yixin.repo.root", "."));
        DynamoDbClient local = DynamoDBEmbedded.create().dynamoDbClient();
        CountingDynamo counting = CountingDynamo.wrap(local);
        DynamoDbClient dynamo = counting.client();
        YixinTable.createIfMissing(dynamo, "yixin");
        Map<String, Object> props = new HashMap<>(ApiUnderTest.properties());
        props.put("yixin.test.probe-sweep", false);
        props.put("yixin.tenants.dir", root.resolve("tenants").toString());
        try (ApplicationContext ctx = ApplicationContext.builder().environments("test").properties(props)
                .singletons(dynamo).start()) {
            TenantOnboarding onboarding = ctx.getBean(TenantOnboarding.class);
            for (String t : List.of("500000", "500119")) {
                onboarding.onboard("tenants/" + t + ".yaml", Files.readString(root.resolve("tenants/" + t + ".yaml")), "bench");
            }
            long t0 = System.nanoTime();
            BenchSeeder seeder = new BenchSeeder(dynamo, "yixin");
            for (int i = 0; i < n; i++) {
                String id = String.format("SB%08d", i);
                seeder.subject("500119", id, SubjectKind.DESIGNATED_HOSPITAL, SyntheticArchives.archive(id, k, 2025, i));
            }
            seeder.flush();
            System.out.printf("seeded %d subjects x %d records in %.1f s%n", n, k, (System.nanoTime() - t0) / 1e9);

            CycleRunner runner = ctx.getBean(CycleRunner.class);
            counting.reset();
            counting.counting = true;
            long t1 = System.nanoTime();
            CycleRunner.Plan plan = runner.plan("500119", 2025, SubjectKind.DESIGNATED_HOSPITAL, null);
            List<CycleRun> runs = runner.run(plan, "bench", Duration.ofHours(3));
            double runSeconds = (System.nanoTime() - t1) / 1e9;
            CycleRun run = runs.get(0);
            report("run (proposed results + notices)", n, runSeconds, counting, run.done() + "/" + run.total()
                    + " " + run.status() + " counts " + run.counts());

            counting.reset();
            long t2 = System.nanoTime();
            var published = ctx.getBean(CycleResults.class).publishDue("500119", 2025,
                    plan.deadlines().get(SubjectKind.DESIGNATED_HOSPITAL).plusDays(1));
            report("publication", n, (System.nanoTime() - t2) / 1e9, counting,
                    "published " + published.published() + ", waiting " + published.waiting());
        }
        System.exit(0); // DynamoDB Local's engine threads would keep the JVM alive
    }

    private static void report(String what, int n, double seconds, CountingDynamo c, String detail) {
        System.out.printf("%s: %d subjects in %.1f s = %.0f subjects/s; consumed capacity %.0f units = %.2f per subject; %s%n",
                what, n, seconds, n / seconds, c.totalCapacity(), c.totalCapacity() / n, detail);
        System.out.println("  calls " + c.calls());
        Map<String, String> cap = new java.util.TreeMap<>();
        c.capacity().forEach((op, v) -> cap.put(op, String.format("%.0f", v)));
        System.out.println("  capacity " + cap);
    }
}
