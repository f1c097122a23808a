package cn.yixin.local;

import cn.yixin.api.tenancy.TenantOnboarding;
import cn.yixin.api.tenancy.TenantsLocation;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantFiles;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole product on one machine: DynamoDB Local in-process (no Docker, no AWS account), the table created,
 * every tenant in {@code tenants/} onboarded, and the same HTTP operations the Lambda functions serve, on
 * 127.0.0.1. State lives in memory and is gone when it stops.
 */
public final class LocalApi {

    private LocalApi() {
    }

    public static void main(String[] args) {
        LambdaGuard.refuseInLambda(System.getenv());
        long started = System.nanoTime();
        DynamoDbClient dynamo = DynamoDBEmbedded.create().dynamoDbClient();
        YixinTable.createIfMissing(dynamo, "yixin");
        ApplicationContext context = Micronaut.build(args)
                .environments("local")
                .deduceEnvironment(false)
                .singletons(dynamo)
                .banner(false)
                .start();
        List<String> onboarded = onboardAll(context);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String base = "http://" + server.getHost() + ":" + server.getPort();
        System.out.printf("""

                Yixin local API is up on %s (%d ms). DynamoDB Local runs in-process; nothing is saved on exit.
                Tenants onboarded: %s

                Get a token (local run only; refused in any Lambda deployment):
                  curl -s -X POST %s/local/tokens -H 'Content-Type: application/json' \\
                       -d '{"tenant":"500119","roles":["bureau_officer"]}'
                Then call, e.g.:
                  curl -s %s/config -H "Authorization: Bearer $TOKEN"
                API document: %s/swagger/yixin.yml   UI: %s/swagger-ui/
                Stop with Ctrl-C.
                %n""", base, (System.nanoTime() - started) / 1_000_000, String.join(", ", onboarded),
                base, base, base, base);
    }

    /** Onboards every tenant file through the same operation the platform operator uses, parents first. */
    static List<String> onboardAll(ApplicationContext context) {
        Path dir = context.getBean(TenantsLocation.class).tenantsDir();
        List<TenantConfig> configs = new ArrayList<>(TenantFiles.loadAll(dir));
        configs.sort(Comparator.comparingInt(LocalApi::depth).thenComparing(TenantConfig::id));
        TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);
        List<String> ids = new ArrayList<>();
        for (TenantConfig c : configs) {
            try {
                onboarding.onboard("tenants/" + c.id() + ".yaml", Files.readString(dir.resolve(c.id() + ".yaml")),
                        "local-bootstrap");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ids.add(c.id() + " " + c.region());
        }
        return ids;
    }

    private static int depth(TenantConfig c) {
        return c.parent() == null ? 0 : 1 + (c.parent().endsWith("0000") ? 0 : 1);
    }
}
