package cn.yixin.api.testing;

import cn.yixin.api.tenancy.TenantOnboarding;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.json.JsonMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The API as Lambda runs it: the real payload-2.0 handler ({@link cn.yixin.api.lambda.ApiHandler}, Micronaut's {@link APIGatewayV2HTTPEventFunction}) over a real
 * DynamoDB engine (DynamoDB Local, in-process), with every tenant in {@code tenants/} onboarded. One per JVM: the
 * engine and the application context are the slow part, and tests keep out of each other's way by creating their
 * own subjects.
 */
public final class ApiUnderTest {

    private static ApiUnderTest shared;

    /**
     * The application's clock in tests: real time moving forward, but shifted to Monday 16 November 2026, so that working-day
     * deadlines stay inside the loaded calendars (2025–2026) whatever day the suite runs. Tokens still use real time.
     */
    public static final java.time.Clock CLOCK = java.time.Clock.offset(java.time.Clock.systemUTC(),
            java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse("2026-11-16T01:00:00Z")));

    private final DynamoDbClient dynamo;
    /** The same engine's streams client (null over a given client). */
    private software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streams;
    private final ApplicationContext context;
    private final APIGatewayV2HTTPEventFunction handler;
    private final JsonMapper json;

    private ApiUnderTest(Map<String, Object> extraProperties, String... environments) {
        this(DynamoDBEmbedded.create(), extraProperties, environments);
    }

    private ApiUnderTest(com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal engine,
                         Map<String, Object> extraProperties, String... environments) {
        this(engine.dynamoDbClient(), extraProperties, environments);
        this.streams = engine.dynamoDbStreamsClient();
    }

    private ApiUnderTest(DynamoDbClient client, Map<String, Object> extraProperties, String... environments) {
        // Each request's DynamoDB calls are held to its operation's catalogued rights, as IAM holds them in the cloud.
        this.dynamo = client instanceof CatalogEnforcingDynamoDbClient ? client : new CatalogEnforcingDynamoDbClient(client);
        YixinTable.createIfMissing(dynamo, "yixin");
        Map<String, Object> props = new HashMap<>(properties());
        props.putAll(extraProperties);
        this.context = ApplicationContext.builder()
                .environments(environments)
                .properties(props)
                .singletons(dynamo, CLOCK)
                .build()
                .start();
        this.handler = new cn.yixin.api.lambda.ApiHandler(context);
        this.json = context.getBean(JsonMapper.class);
    }

    public static synchronized ApiUnderTest shared() {
        if (shared == null) {
            shared = new ApiUnderTest(Map.of(), "test");
            shared.onboardAll();
        }
        return shared;
    }

    /** A separate instance for tests that need their own environment (and pay for their own start). */
    public static ApiUnderTest fresh(Map<String, Object> extraProperties, String... environments) {
        return new ApiUnderTest(extraProperties, environments);
    }

    /** The API over a given DynamoDB client (a benchmark's metered one); tenants not yet onboarded. */
    public static ApiUnderTest onClient(DynamoDbClient client) {
        return onClient(client, Map.of());
    }

    /** As {@link #onClient(DynamoDbClient)}, with properties of its own (a benchmark turns the test probes off). */
    public static ApiUnderTest onClient(DynamoDbClient client, Map<String, Object> extraProperties) {
        return new ApiUnderTest(client, extraProperties, "test");
    }

    public static Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("yixin.identity.issuers.test.issuer", TestIdentity.ISSUER);
        p.put("yixin.identity.issuers.test.jwks", TestIdentity.publicJwks());
        p.put("yixin.identity.issuers.test.tenants", List.of("*"));
        p.put("yixin.identity.issuers.test.platform", true);
        p.put("yixin.identity.issuers.shenzhen.issuer", TestIdentity.SHENZHEN_ISSUER);
        p.put("yixin.identity.issuers.shenzhen.jwks", TestIdentity.shenzhenPublicJwks());
        p.put("yixin.identity.issuers.shenzhen.tenants", List.of("440300"));
        // Test-only keys (32 bytes each, base64); production reads them from its secret store.
        p.put("yixin.test.probe-sweep", true);
        p.put("yixin.test.probe-channel", true);
        p.put("yixin.pii.lookup-key", "dGVzdC1sb29rdXAta2V5LTAxMjM0NTY3ODlhYmNkZWY=");
        p.put("yixin.pii.sealing-key", "dGVzdC1zZWFsaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGU=");
        return p;
    }

    /** Every tenant file, parents first, through the onboarding service the operator's API uses. */
    public void onboardAll() {
        TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);
        Path dir = repoRoot().resolve("tenants");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Codes sort parents before children within a province (440000 < 440300), which is all we need.
        for (Path f : files) {
            try {
                onboarding.onboard("tenants/" + f.getFileName(), Files.readString(f), "test-bootstrap");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Path repoRoot() {
        String root = System.getProperty("yixin.repo.root");
        if (root != null) {
            return Path.of(root);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tenants"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The table's stream on the same DynamoDB Local engine, as Lambda's event source mapping would read it. */
    /** The client every call goes through: it holds calls to their operation's rights, and injects faults on request. */
    public CatalogEnforcingDynamoDbClient faults() {
        return (CatalogEnforcingDynamoDbClient) dynamo;
    }

    public software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient streams() {
        if (streams == null) {
            throw new IllegalStateException("no streams client over a given DynamoDB client");
        }
        return streams;
    }

    public ApplicationContext context() {
        return context;
    }

    public APIGatewayV2HTTPEventFunction handler() {
        return handler;
    }

    public Request request(String method, String path) {
        return new Request(method, path);
    }

    public Response get(String path, String token) {
        return request("GET", path).token(token).send();
    }

    public Response post(String path, String token, Object body) {
        return request("POST", path).token(token).json(body).send();
    }

    /** One API Gateway HTTP API (payload 2.0) event, built the way the gateway builds it. */
    public final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private boolean base64;
        private String query;

        Request(String method, String path) {
            this.method = method;
            int q = path.indexOf('?');
            this.path = q < 0 ? path : path.substring(0, q);
            this.query = q < 0 ? null : path.substring(q + 1);
            headers.put("accept", "application/json");
        }

        public Request token(String token) {
            if (token != null) {
                headers.put("authorization", "Bearer " + token);
            }
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name.toLowerCase(), value);
            return this;
        }

        public Request json(Object value) {
            try {
                this.body = value instanceof String s ? s : json.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            headers.putIfAbsent("content-type", "application/json");
            return this;
        }

        public Request body(String contentType, String raw) {
            this.body = raw;
            headers.put("content-type", contentType);
            return this;
        }

        /** A binary body, base64-encoded in the event as API Gateway does for binary media. */
        public Request bytes(String contentType, byte[] raw) {
            this.body = java.util.Base64.getEncoder().encodeToString(raw);
            this.base64 = true;
            headers.put("content-type", contentType);
            headers.put("content-length", Integer.toString(raw.length));
            return this;
        }

        public Response send() {
            if (body != null) {
                // API Gateway passes the client's content-length through; so do we.
                headers.putIfAbsent("content-length",
                        Integer.toString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            }
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey("$default")
                    .withRawPath(path)
                    .withRawQueryString(query == null ? "" : query)
                    .withQueryStringParameters(queryParameters())
                    .withHeaders(headers)
                    .withBody(body)
                    .withIsBase64Encoded(base64)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                    .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                    .withSourceIp("127.0.0.1").withUserAgent("yixin-tests").build())
                            .withRequestId("test-" + System.nanoTime())
                            .withStage("$default")
                            .build())
                    .build();
            var operation = CatalogEnforcingDynamoDbClient.operationFor(method, path);
            CatalogEnforcingDynamoDbClient.resetWrites();
            APIGatewayV2HTTPResponse res = operation == null
                    ? handler.handleRequest(event, new MockLambdaContext())
                    : CatalogEnforcingDynamoDbClient.during(operation,
                    () -> handler.handleRequest(event, new MockLambdaContext()));
            return new Response(res.getStatusCode(), res.getHeaders() == null ? Map.of() : res.getHeaders(),
                    res.getBody(), json, res.getIsBase64Encoded());
        }

        private Map<String, String> queryParameters() {
            if (query == null || query.isEmpty()) {
                return null;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                m.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
            return m;
        }

        private String decode(String s) {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
