package cn.yixin.infra.bench;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoTenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;
import cn.yixin.store.TenantSummary;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Function init time, measured locally: for each operation and mode (priming on / off), N fresh JVMs each build the
 * handler as Lambda does (environments function + lambda, eager singletons), hand it one API Gateway v2 event and
 * report the times. Not a test (never run by surefire); see docs/performance.md for how to run it.
 *
 * <p>Each child first starts DynamoDB Local in-process and seeds one tenant (the fixture); that time is measured and
 * subtracted, so "ready" is JVM start to handler constructed (context + priming), "first" is the first event.
 */
public final class InitTimeBench {

    /** One operation's first request; {@code body} is JSON or empty. The bench token is an officer and auditor. */
    record Op(String name, String method, String path, String body) {
        Op(String name, String method, String path) {
            this(name, method, path, "");
        }
    }

    /** At least one operation of each feature area (OperationCatalog.BY_AREA), and one that writes. */
    static final List<Op> OPS = List.of(
            new Op("ReadOwnTenantConfig", "GET", "/config"),
            new Op("ComputeDeadline", "GET", "/calendar/deadlines?timeline=OBJECTION_FILING&from=2026-03-02"),
            new Op("RegisterSubject", "POST", "/subjects", "{\"kind\":\"DESIGNATED_HOSPITAL\",\"name\":\"冷启动测试医院\","
                    + "\"identifier\":\"91350100M000100Y43\",\"phone\":\"13912345678\"}"),
            new Op("ListObjections", "GET", "/objections"),
            new Op("ListRepairs", "GET", "/repairs?status=SUBMITTED"),
            new Op("ReadCycleStatistics", "GET", "/cycles/2025/statistics"));

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], args[2], args[3], Boolean.parseBoolean(args[4]), args.length > 5 ? args[5] : "");
            return;
        }
        int runs = Integer.parseInt(System.getProperty("runs", "10"));
        List<String> only = System.getProperty("ops") == null ? null : List.of(System.getProperty("ops").split(","));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        String root = System.getProperty("yixin.repo.root", "..");
        System.out.printf("%-22s %-8s %8s %8s %8s %8s%n", "operation", "priming", "ready", "first", "total", "status");
        for (Op op : OPS) {
            if (only != null && !only.contains(op.name())) {
                continue;
            }
            for (boolean priming : new boolean[]{false, true}) {
                List<long[]> samples = new ArrayList<>();
                int status = 0;
                for (int i = 0; i < runs; i++) {
                    Process p = new ProcessBuilder(java, "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                            "-Dyixin.repo.root=" + root, "-cp", cp, InitTimeBench.class.getName(),
                            "child", op.method(), op.path(), root, String.valueOf(priming), op.body())
                            .redirectErrorStream(true).start();
                    Process child = p;
                    Thread watchdog = new Thread(() -> {
                        try {
                            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                                child.destroyForcibly();
                            }
                        } catch (InterruptedException ignored) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    watchdog.setDaemon(true);
                    watchdog.start();
                    String result = null;
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.startsWith("RESULT ")) {
                                result = line;
                            } else if (line.startsWith("BODY ")) {
                                System.out.println("  " + op.name() + " answered " + line.substring(5));
                            }
                        }
                    }
                    if (!p.waitFor(120, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                    if (result == null) {
                        throw new IllegalStateException("child failed or hung (killed after 120 s) for " + op.name());
                    }
                    String[] f = result.split(" ");
                    samples.add(new long[]{Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
                    status = Integer.parseInt(f[4]);
                }
                System.out.printf("%-22s %-8s %8d %8d %8d %8d%n", op.name(), priming ? "on" : "off",
                        median(samples, 0), median(samples, 1), median(samples, 2), status);
            }
        }
    }

    static long median(List<long[]> samples, int i) {
        long[] v = samples.stream().mapToLong(s -> s[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static void child(String method, String pathAndQuery, String root, boolean priming, String body)
            throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        // Fixture (subtracted): DynamoDB Local in-process with one tenant, and a token from a bench-only issuer.
        long f0 = System.currentTimeMillis();
        DynamoDbClient dynamo = DynamoDBEmbedded.create().dynamoDbClient();
        YixinTable.createIfMissing(dynamo, "yixin");
        String yaml = Files.readString(Path.of(root, "tenants", "440300.yaml"));
        new DynamoTenantConfigRepository(DynamoClients.shared(dynamo), "yixin").onboard(
                new TenantSummary("440300", "深圳市医疗保障局", "440000", 1),
                new TenantConfigVersion("440300", 1, yaml, Instant.now(), "bench", "bench"));
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        Date now = new Date();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").build(),
                new JWTClaimsSet.Builder().issuer("urn:yixin:bench").audience("yixin").subject("bench-auditor")
                        .claim("tenant", "440300").claim("roles", List.of("auditor", "bureau_officer"))
                        .issueTime(now).expirationTime(new Date(now.getTime() + 600_000)).build());
        jwt.sign(new RSASSASigner(key));
        String token = jwt.serialize();
        long fixture = System.currentTimeMillis() - f0;

        Map<String, Object> props = new HashMap<>();
        props.put("yixin.priming.enabled", String.valueOf(priming));
        props.put("yixin.tenants.dir", Path.of(root, "tenants").toString());
        props.put("yixin.identity.issuers.bench.issuer", "urn:yixin:bench");
        props.put("yixin.identity.issuers.bench.jwks", new JWKSet(key.toPublicJWK()).toString());
        props.put("yixin.identity.issuers.bench.tenants", List.of("440300"));
        props.put("yixin.pii.lookup-key", "YmVuY2gtbG9va3VwLWtleS0wMTIzNDU2Nzg5YWJjZGU=");
        props.put("yixin.pii.sealing-key", "YmVuY2gtc2VhbGluZy1rZXktMDEyMzQ1Njc4OWFiY2Q=");
        // As LambdaApplicationContextBuilder does, plus the DynamoDB Local client in place of the AWS one.
        ApplicationContext context = ApplicationContext.builder()
                .environments("function", "lambda")
                .eagerInitConfiguration(true)
                .eagerInitSingletons(true)
                .properties(props)
                .singletons(dynamo)
                .build()
                .start();
        APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction(context);
        long ready = System.currentTimeMillis();

        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        Map<String, String> params = new HashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString(query)
                .withQueryStringParameters(params.isEmpty() ? null : params)
                .withHeaders(body.isEmpty()
                        ? Map.of("accept", "application/json", "authorization", "Bearer " + token)
                        : Map.of("accept", "application/json", "authorization", "Bearer " + token,
                                "content-type", "application/json"))
                .withBody(body.isEmpty() ? null : body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("bench").build())
                        .withRequestId("bench").withStage("$default").build())
                .build();
        APIGatewayV2HTTPResponse res = handler.handleRequest(event, new MockLambdaContext());
        long done = System.currentTimeMillis();
        if (res.getStatusCode() >= 300) {
            System.out.println("BODY " + res.getBody());
        }
        System.out.println("RESULT " + (ready - jvmStart - fixture) + " " + (done - ready) + " "
                + (done - jvmStart - fixture) + " " + res.getStatusCode());
        System.exit(0);
    }
}
