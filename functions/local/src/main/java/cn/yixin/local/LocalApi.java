package cn.yixin.local;

import cn.yixin.api.tenancy.TenantOnboarding;
import cn.yixin.api.tenancy.TenantsLocation;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantFiles;
import cn.yixin.store.TenantConfigRepository;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole product on one machine: DynamoDB Local in-process (no Docker, no AWS account), the table created,
 * every tenant in {@code tenants/} onboarded, and the same HTTP operations the Lambda functions serve, on
 * 127.0.0.1. By default its data lives in {@code .yixin-local/} and a restart finds everything as it was
 * ({@link LocalStorage}); {@code --in-memory} runs a throw-away copy.
 */
public final class LocalApi {

    private LocalApi() {
    }

    /** A started local run: its application context (HTTP server included) and its DynamoDB Local engine. */
    public record LocalRun(ApplicationContext context, AmazonDynamoDBLocal engine, LocalStorage storage,
                           List<String> onboarded, List<String> kept) implements AutoCloseable {

        public String baseUrl() {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            return "http://" + server.getHost() + ":" + server.getPort();
        }

        /** Stops the server and closes the database (its file holds everything written). */
        @Override
        public void close() {
            try {
                context.close();
            } finally {
                engine.shutdown();
            }
        }
    }

    public static void main(String[] args) {
        LambdaGuard.refuseInLambda(System.getenv());
        long started = System.nanoTime();
        LocalStorage storage = LocalStorage.from(args, System.getenv());
        LocalRun run = start(storage, Map.of(), args);
        Runtime.getRuntime().addShutdownHook(new Thread(run::close, "yixin-local-shutdown"));
        String base = run.baseUrl();
        String where = storage.persistent()
                ? "Data directory: " + storage.dir() + " (kept across restarts; delete it to start afresh,\n"
                + "or run bin/local-api --in-memory for a throw-away run)."
                : "In-memory run (--in-memory): nothing is saved on exit.";
        System.out.printf("""

                Yixin local API is up on %s (%d ms). DynamoDB Local runs in-process.
                %s
                Tenants onboarded now: %s
                Tenants kept from the data directory: %s
                Local clock: %s (Beijing time; move it forward with POST %s/local/clock {"day":"YYYY-MM-DD"}).

                Get a token (local run only; refused in any Lambda deployment):
                  curl -s -X POST %s/local/tokens -H 'Content-Type: application/json' \\
                       -d '{"tenant":"500119","roles":["bureau_officer"]}'
                Then call, e.g.:
                  curl -s %s/config -H "Authorization: Bearer $TOKEN"
                API document: %s/swagger/yixin.yml   UI: %s/swagger-ui/
                Web portal (portal/dist, built by mvn verify or npm run build in portal/): %s/
                Stop with Ctrl-C.
                %n""", base, (System.nanoTime() - started) / 1_000_000, where,
                run.onboarded().isEmpty() ? "none" : String.join(", ", run.onboarded()),
                run.kept().isEmpty() ? "none" : String.join(", ", run.kept()),
                run.context().getBean(LocalClock.class).today(), base, base, base, base, base, base);
    }

    /**
     * Starts the local run on {@code storage}: the database opened (or created) there, the table created if missing,
     * tenants not yet onboarded onboarded, the HTTP server started.
     */
    public static LocalRun start(LocalStorage storage, Map<String, Object> properties, String... args) {
        AmazonDynamoDBLocal engine = storage.persistent()
                ? DynamoDBEmbedded.create(storage.dynamoFile())
                : DynamoDBEmbedded.create();
        DynamoDbClient dynamo = engine.dynamoDbClient();
        YixinTable.createIfMissing(dynamo, "yixin");
        Map<String, Object> props = new HashMap<>(properties);
        LocalPortal.staticFiles(System.getenv()).forEach(props::putIfAbsent); // the web portal at / (docs/portal.md)
        if (storage.persistent()) {
            props.putIfAbsent("yixin.attachments.dir", storage.attachments().toString());
            props.putIfAbsent("yixin.local.clock-file", storage.clockFile().toString());
        }
        LocalExchangeDatabase.properties(storage).forEach(props::putIfAbsent);
        ApplicationContext context = Micronaut.build(args)
                .environments("local")
                .deduceEnvironment(false)
                .properties(props)
                .singletons(dynamo)
                .banner(false)
                .start();
        List<String> onboarded = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        onboardAll(context, onboarded, kept);
        return new LocalRun(context, engine, storage, List.copyOf(onboarded), List.copyOf(kept));
    }

    /** Onboards every tenant file through the same operation the platform operator uses, parents first. */
    static List<String> onboardAll(ApplicationContext context) {
        List<String> onboarded = new ArrayList<>();
        onboardAll(context, onboarded, new ArrayList<>());
        return onboarded;
    }

    /**
     * As {@link #onboardAll(ApplicationContext)}, leaving alone a tenant the data directory already has (a restart):
     * its stored configuration versions are the truth, not the file.
     */
    static void onboardAll(ApplicationContext context, List<String> onboarded, List<String> kept) {
        Path dir = context.getBean(TenantsLocation.class).tenantsDir();
        List<TenantConfig> configs = new ArrayList<>(TenantFiles.loadAll(dir));
        configs.sort(Comparator.comparingInt(LocalApi::depth).thenComparing(TenantConfig::id));
        TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);
        TenantConfigRepository registry = context.getBean(TenantConfigRepository.class);
        for (TenantConfig c : configs) {
            if (registry.summary(c.id()).isPresent()) {
                kept.add(c.id() + " " + c.region());
                continue;
            }
            try {
                onboarding.onboard("tenants/" + c.id() + ".yaml", Files.readString(dir.resolve(c.id() + ".yaml")),
                        "local-bootstrap");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            onboarded.add(c.id() + " " + c.region());
        }
    }

    private static int depth(TenantConfig c) {
        return c.parent() == null ? 0 : 1 + (c.parent().endsWith("0000") ? 0 : 1);
    }
}
