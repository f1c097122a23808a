package cn.yixin.bench.cold;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoTenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;
import cn.yixin.store.TenantSummary;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What a cold function talks to, outside the process being timed (bench/run-cold-start): a DynamoDB Local server on
 * loopback holding tenant 440300 onboarded (Yixin) and one product (the public twin's table), and the issuer's JWKS
 * served over HTTP on loopback, as a tenant's identity provider serves it. Writes the environment both functions
 * start with to {@code <dir>/env} (KEY=VALUE lines) and runs until killed.
 *
 * <p>Arguments: {@code <repo root> <output dir> [dynamo port] [jwks port]}.
 */
public final class ColdStartFixture {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int dynamoPort = args.length > 2 ? Integer.parseInt(args[2]) : 8765;
        int jwksPort = args.length > 3 ? Integer.parseInt(args[3]) : 8766;

        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-sharedDb", "-port", String.valueOf(dynamoPort)});
        server.start();
        String endpoint = "http://127.0.0.1:" + dynamoPort;
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.CN_NORTHWEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build();
        YixinTable.createIfMissing(dynamo, "yixin");
        String yaml = Files.readString(root.resolve("tenants/440300.yaml"));
        new DynamoTenantConfigRepository(DynamoClients.shared(dynamo), "yixin").onboard(
                new TenantSummary("440300", "深圳市医疗保障局", "440000", 1),
                new TenantConfigVersion("440300", 1, yaml, Instant.now(), "bench", "bench"));
        // The twin's table: partition key PK, one product to read.
        dynamo.createTable(b -> b.tableName("products").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("PK")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build()));
        dynamo.putItem(b -> b.tableName("products").item(Map.of("PK", AttributeValue.fromS("1"),
                "name", AttributeValue.fromS("bench product"), "price", AttributeValue.fromN("9.99"))));

        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", jwksPort), 16);
        http.createContext("/jwks.json", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, jwks.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(jwks);
            }
        });
        http.start();
        Date now = new Date();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").build(),
                new JWTClaimsSet.Builder().issuer("https://ids.bench.example/440300").audience("yixin")
                        .subject("bench-auditor").claim("tenant", "440300").claim("roles", List.of("auditor"))
                        // 11 h: under the functions' 12 h token-lifetime cap.
                        .issueTime(now).expirationTime(new Date(now.getTime() + 11 * 3600_000L)).build());
        jwt.sign(new RSASSASigner(key));

        String env = String.join("\n",
                // Both functions: region, credentials and the DynamoDB endpoint as the environment gives them.
                "AWS_REGION=cn-northwest-1",
                "AWS_DEFAULT_REGION=cn-northwest-1",
                "AWS_ACCESS_KEY_ID=bench",
                "AWS_SECRET_ACCESS_KEY=bench",
                "AWS_ENDPOINT_URL_DYNAMODB=" + endpoint,
                "AWS_LAMBDA_FUNCTION_NAME=bench-cold-start",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024",
                "AWS_EXECUTION_ENV=AWS_Lambda_java21",
                "LAMBDA_TASK_ROOT=" + out,
                // Yixin: the variables the stack sets (infra FunctionTrust), the PII keys inline instead of the secret.
                "YIXIN_TABLE=yixin",
                "YIXIN_TENANTS_DIR=" + root.resolve("tenants"),
                "YIXIN_TRUSTED_ISSUERS=[{\"issuer\":\"https://ids.bench.example/440300\",\"jwksUri\":"
                        + "\"http://127.0.0.1:" + jwksPort + "/jwks.json\",\"tenants\":[\"440300\"]}]",
                "YIXIN_PII_LOOKUP_KEY=YmVuY2gtbG9va3VwLWtleS0wMTIzNDU2Nzg5YWJjZGU=",
                "YIXIN_PII_SEALING_KEY=YmVuY2gtc2VhbGluZy1rZXktMDEyMzQ1Njc4OWFiY2Q=",
                "YIXIN_PRIMING_ENABLED=false",
                "BENCH_TOKEN=" + jwt.serialize(),
                // The twin.
                "PRODUCT_TABLE_NAME=products") + "\n";
        Files.writeString(out.resolve("env"), env);
        System.out.println("FIXTURE READY " + endpoint + " jwks " + jwksPort);
        Thread.currentThread().join();
    }
}
