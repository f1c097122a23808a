package cn.yixin.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store's contract (the table as {@link YixinTable#definition} creates it; onboarding, the tenant-local current
 * version pointer, versions, the registry) against LocalStack's DynamoDB, where a Docker engine is reachable. The
 * in-process DynamoDB Local tests cover the same ground everywhere else; this adds a second, independent engine.
 * Without Docker it is skipped, and says so, in well under a second.
 */
class LocalStackContractTest {

    static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4");
    static LocalStackContainer localstack;
    static DynamoDbClient dynamo;
    static boolean docker;

    static final String NO_DOCKER = "No Docker engine: LocalStack contract tests skipped (DynamoDB Local tests cover the store)";

    @BeforeAll
    static void start() {
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            System.out.println("[LocalStackContractTest] SKIPPED: no Docker engine reachable from this machine, so "
                    + "the store contract does not run against LocalStack here (the DynamoDB Local tests still ran).");
        }
        if (!docker) {
            return; // each test then reports itself skipped, with the reason
        }
        localstack = new LocalStackContainer(IMAGE).withServices(LocalStackContainer.Service.DYNAMODB);
        localstack.start();
        dynamo = DynamoDbClient.builder()
                .endpointOverride(localstack.getEndpoint())
                .region(Region.of(localstack.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(localstack.getAccessKey(), localstack.getSecretKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        YixinTable.createIfMissing(dynamo, "yixin");
    }

    @BeforeEach
    void requireDocker() {
        assumeTrue(docker, NO_DOCKER);
    }

    @AfterAll
    static void stop() {
        if (dynamo != null) {
            dynamo.close();
        }
        if (localstack != null) {
            localstack.stop();
        }
    }

    @Test
    void theTableHasTheDefinedKeysIndexesAndStream() {
        DescribeTableResponse d = dynamo.describeTable(b -> b.tableName("yixin"));
        assertEquals(YixinTable.definition("yixin").keySchema(), d.table().keySchema());
        assertEquals(List.of(YixinTable.GSI1),
                d.table().globalSecondaryIndexes().stream().map(g -> g.indexName()).toList());
        assertTrue(d.table().streamSpecification().streamEnabled());
        YixinTable.createIfMissing(dynamo, "yixin"); // idempotent
    }

    @Test
    void onboardingThenVersionsThenTheRegistry() {
        var repo = new DynamoTenantConfigRepository(DynamoClients.shared(dynamo), "yixin");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        repo.onboard(new TenantSummary("440300", "深圳市医疗保障局", "440000", 1),
                new TenantConfigVersion("440300", 1, "{\"id\":\"440300\"}", now, "test", "onboard"));
        assertEquals(1, repo.currentVersion("440300").orElseThrow());
        repo.appendVersion(new TenantSummary("440300", "深圳市医疗保障局", "440000", 2), 1,
                new TenantConfigVersion("440300", 2, "{\"id\":\"440300\",\"v\":2}", now, "test", "update"));
        assertEquals(2, repo.currentVersion("440300").orElseThrow());
        assertEquals("{\"id\":\"440300\"}", repo.version("440300", 1).orElseThrow().documentJson());
        assertTrue(repo.list().stream().anyMatch(t -> t.tenantId().equals("440300")));
        assertTrue(repo.currentVersion("510000").isEmpty());
    }
}
