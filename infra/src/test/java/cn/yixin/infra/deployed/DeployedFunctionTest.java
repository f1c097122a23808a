package cn.yixin.infra.deployed;

import cn.yixin.infra.FunctionTrust;
import cn.yixin.infra.InfraSettings;
import cn.yixin.infra.YixinStack;
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
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 9: a function started with exactly the environment the synthesized template gives it answers a
 * tenant issuer's token. Nothing {@code yixin.*} is injected: the stack is synthesized in-process from a copy of
 * {@code tenants/} whose {@code jwksUri}s point at a JWKS server this test runs on the loopback interface; the
 * RegisterSubject function's {@code Environment.Variables} are read from its nested template and their intrinsics
 * resolved as CloudFormation would (aws-cn, cn-northwest-1); the real Lambda jar is unpacked as {@code /var/task}
 * would be; and a child JVM with only those variables plus the ones Lambda's runtime sets constructs the real
 * payload-2.0 handler with its no-argument constructor and serves three requests.
 *
 * <p>What cannot run on this machine (no Docker, no LocalStack, no AWS account) is served on loopback, reached through
 * the SDK's standard endpoint variables the way a VPC endpoint would be: Secrets Manager and STS by minimal HTTP
 * servers speaking their wire protocols (awsJson1.1 {@code GetSecretValue}; query-protocol {@code AssumeRole}), which
 * also record what the function asked; DynamoDB by DynamoDB Local as an HTTP server
 * ({@code AWS_ENDPOINT_URL_DYNAMODB}). Needs the Lambda jar: in {@code mvn verify} the api module is packaged before
 * infra is tested (reactor order).
 */
class DeployedFunctionTest {

    static final String SZ_ISSUER = "https://ids.sz.gov.cn.example/440300";

    @Test
    void aFunctionWithOnlyItsTemplateEnvironmentAnswersATenantIssuersToken() throws Exception {
        Path root = repoRoot();
        Path jar = root.resolve("functions/api/target/yixin-api-lambda.jar");
        assertTrue(Files.isRegularFile(jar), "no Lambda jar at " + jar + ": build through the reactor with package "
                + "or verify (mvn -pl infra -am verify), which packages functions/api before infra's tests");
        assertJarNotOlderThanSources(root, jar);

        RSAKey szKey = new RSAKeyGenerator(2048).keyID("sz-2026").generate();
        RSAKey rogue = new RSAKeyGenerator(2048).keyID("sz-2026").generate();
        AtomicInteger jwksFetches = new AtomicInteger();
        List<String> secretRequests = new CopyOnWriteArrayList<>();
        List<Map<String, String>> assumeRoles = new CopyOnWriteArrayList<>();
        String seed = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");

        HttpServer jwks = server(ex -> {
            if (ex.getRequestURI().getPath().equals("/440300/jwks.json")) {
                jwksFetches.incrementAndGet();
                answer(ex, 200, "application/json", new JWKSet(szKey.toPublicJWK()).toString());
            } else {
                answer(ex, 404, "text/plain", "");
            }
        });
        HttpServer secrets = server(ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            String id = body.replaceAll("(?s).*\"SecretId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            secretRequests.add(target + " " + id);
            answer(ex, 200, "application/x-amz-json-1.1", "{\"ARN\":\"" + id + "\",\"Name\":\"PiiSecret\","
                    + "\"SecretString\":\"{\\\"seed\\\":\\\"" + seed + "\\\"}\",\"VersionId\":\"v1\","
                    + "\"VersionStages\":[\"AWSCURRENT\"],\"CreatedDate\":1.7E9}");
        });
        HttpServer sts = server(ex -> {
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            assumeRoles.add(form);
            answer(ex, 200, "text/xml", "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                    + "<AssumeRoleResult><Credentials><AccessKeyId>ASIATENANT440300</AccessKeyId>"
                    + "<SecretAccessKey>tenant-secret</SecretAccessKey><SessionToken>tenant-session</SessionToken>"
                    + "<Expiration>" + Instant.now().plusSeconds(900) + "</Expiration></Credentials>"
                    + "<AssumedRoleUser><AssumedRoleId>AROATEST:" + form.get("RoleSessionName") + "</AssumedRoleId>"
                    + "<Arn>" + form.get("RoleArn") + "</Arn></AssumedRoleUser></AssumeRoleResult>"
                    + "<ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></AssumeRoleResponse>");
        });
        int dynamoPort = freePort();
        DynamoDBProxyServer dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-sharedDb", "-port", Integer.toString(dynamoPort)});
        dynamo.start();
        Path work = Files.createTempDirectory("yixin-deployed");
        try {
            // The stack, from tenant files whose JWKS live on this test's loopback server.
            Path tenants = copyTenants(root.resolve("tenants"), work.resolve("tenants"),
                    "http://127.0.0.1:" + jwks.getAddress().getPort());
            Map<String, String> env = templateEnvironment(tenants, jar, work.resolve("cdk.out"), "RegisterSubject");
            assertTrue(env.keySet().stream().noneMatch(k -> k.toLowerCase().startsWith("yixin.")), env.keySet().toString());
            assertTrue(env.get(FunctionTrust.ISSUERS_ENV).contains("http://127.0.0.1:"), "issuers from the tenant files");

            // The tenant, onboarded in DynamoDB Local under the table name CloudFormation would give.
            DynamoDbClient client = DynamoDbClient.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:" + dynamoPort))
                    .region(Region.of(TemplateValues.REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();
            assertEquals(TemplateValues.TABLE_NAME, env.get("YIXIN_TABLE"));
            YixinTable.createIfMissing(client, TemplateValues.TABLE_NAME);
            new DynamoTenantConfigRepository(DynamoClients.shared(client), TemplateValues.TABLE_NAME).onboard(
                    new TenantSummary("440300", "深圳市医疗保障局", "440000", 1),
                    new TenantConfigVersion("440300", 1, Files.readString(tenants.resolve("440300.yaml")),
                            Instant.now(), "test", "test"));

            // The function, as Lambda runs it.
            Path taskRoot = unzip(jar, work.resolve("task"));
            Map<String, String> lambda = new LinkedHashMap<>(env);
            lambda.put("AWS_REGION", TemplateValues.REGION);
            lambda.put("AWS_DEFAULT_REGION", TemplateValues.REGION);
            lambda.put("AWS_LAMBDA_FUNCTION_NAME", "Yixin-RegisterSubject");
            lambda.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
            lambda.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
            lambda.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
            lambda.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
            lambda.put("LAMBDA_TASK_ROOT", taskRoot.toString());
            lambda.put("_HANDLER", "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction");
            lambda.put("AWS_ACCESS_KEY_ID", "ASIAFUNCTIONROLE");
            lambda.put("AWS_SECRET_ACCESS_KEY", "function-role-secret");
            lambda.put("AWS_SESSION_TOKEN", "function-role-session");
            lambda.put("PATH", System.getenv("PATH"));
            lambda.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + dynamoPort);
            lambda.put("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:" + sts.getAddress().getPort());
            lambda.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:" + secrets.getAddress().getPort());

            String id = residentId("44030419850101123");
            String body = "{\"kind\":\"DOCTOR\",\"name\":\"李建国\",\"identifier\":\"" + id + "\",\"phone\":\"13912345678\"}";
            Instant now = Instant.now();
            List<String[]> answers = runFunction(taskRoot, lambda, work,
                    new String[]{"POST", "/subjects", token(szKey, now.plusSeconds(3600)) + "\n" + body},
                    new String[]{"POST", "/subjects", token(rogue, now.plusSeconds(3600)) + "\n" + body},
                    new String[]{"POST", "/subjects", token(szKey, null) + "\n" + body});

            assertEquals("201", answers.get(0)[0], "a Shenzhen officer's token from Shenzhen's IdP: " + answers.get(0)[1]);
            assertTrue(answers.get(0)[1].contains("\"subjectId\""), answers.get(0)[1]);
            assertEquals("401", answers.get(1)[0], "signed by a key the issuer's JWKS does not hold");
            assertEquals("401", answers.get(2)[0], "no exp (issue 10 item 2)");
            assertEquals(1, jwksFetches.get(), "the JWKS is fetched on first use and cached");
            assertEquals(List.of("secretsmanager.GetSecretValue " + env.get(FunctionTrust.PII_SECRET_ENV)),
                    secretRequests, "the PII keys come from the template's secret, read once");
            assertFalse(assumeRoles.isEmpty(), "DynamoDB through the tenant data access role");
            for (Map<String, String> a : assumeRoles) {
                assertEquals(env.get("YIXIN_TENANT_ACCESS_ROLE_ARN"), a.get("RoleArn"));
                assertEquals("tenant", a.get("Tags.member.1.Key"));
                assertEquals("440300", a.get("Tags.member.1.Value"));
            }
            // R-2.2: the identifier and the name are stored sealed, never in clear.
            String table = client.scan(ScanRequest.builder().tableName(TemplateValues.TABLE_NAME).build()).items()
                    .toString();
            assertTrue(table.contains("S#"), "the subject was written");
            assertFalse(table.contains(id), "resident ID in clear");
            assertFalse(table.contains("李建国"), "name in clear");
            assertFalse(table.contains("13912345678"), "phone in clear");
            client.close();
        } finally {
            dynamo.stop();
            jwks.stop(0);
            secrets.stop(0);
            sts.stop(0);
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The function's variables from its (nested) template, intrinsics resolved through the main stack. */
    @SuppressWarnings("unchecked")
    static Map<String, String> templateEnvironment(Path tenants, Path jar, Path out, String operation) {
        App app = new App(AppProps.builder().outdir(out.toString()).context(Map.of(
                InfraSettings.TENANTS_DIR, tenants.toString(),
                InfraSettings.LAMBDA_JAR, jar.toString())).build());
        YixinStack stack = new YixinStack(app, "Yixin", StackProps.builder().build(), InfraSettings.from(app.getNode()),
                () -> Code.fromAsset(jar.toString()));
        Map<String, Object> main = Template.fromStack(stack).toJSON();
        TemplateValues mainValues = new TemplateValues(main, Map.of());
        var fn = stack.operations().byOperation().get(operation);
        var nested = (software.amazon.awscdk.NestedStack) software.amazon.awscdk.Stack.of(fn);
        Map<String, Object> nestedJson = Template.fromStack(nested).toJSON();
        String nestedId = stack.resolve(nested.getNestedStackResource().getLogicalId()).toString();
        var nestedResource = (Map<String, Object>) ((Map<String, Object>) main.get("Resources")).get(nestedId);
        Map<String, Object> params = new LinkedHashMap<>();
        ((Map<String, Object>) ((Map<String, Object>) nestedResource.get("Properties")).getOrDefault("Parameters",
                Map.of())).forEach((k, v) -> params.put(k, mainValues.resolve(v)));
        TemplateValues values = new TemplateValues(nestedJson, params);
        String fnId = nested.resolve(((software.amazon.awscdk.CfnElement) fn.function().getNode().getDefaultChild())
                .getLogicalId()).toString();
        var props = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) nestedJson.get("Resources"))
                .get(fnId)).get("Properties");
        var variables = (Map<String, Object>) ((Map<String, Object>) props.get("Environment")).get("Variables");
        Map<String, String> env = new LinkedHashMap<>();
        variables.forEach((k, v) -> {
            Object r = values.resolve(v);
            if (r != null) {
                env.put(k, r.toString());
            }
        });
        assertNotNull(env.get(FunctionTrust.PII_SECRET_ENV), operation + " handles identifiers: it needs the secret");
        return env;
    }

    static List<String[]> runFunction(Path taskRoot, Map<String, String> env, Path work, String[]... requests)
            throws Exception {
        String driver = Path.of(LambdaDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", taskRoot + java.io.File.pathSeparator + driver, LambdaDriver.class.getName()));
        for (String[] r : requests) {
            cmd.add(r[0]);
            cmd.add(r[1]);
            cmd.add(Base64.getEncoder().encodeToString(r[2].getBytes(StandardCharsets.UTF_8)));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(taskRoot.toFile())
                .redirectError(work.resolve("function.log").toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String[]> answers = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESPONSE ")) {
                    String[] f = line.split(" ", 3);
                    answers.add(new String[]{f[1], new String(Base64.getDecoder().decode(f[2]), StandardCharsets.UTF_8)});
                }
            }
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String log = Files.exists(work.resolve("function.log")) ? Files.readString(work.resolve("function.log")) : "";
        assertEquals(requests.length, answers.size(), () -> "the function answered " + answers.size() + " of "
                + requests.length + " requests; its log:\n" + log.substring(Math.max(0, log.length() - 6000)));
        return answers;
    }

    static String token(RSAKey key, Instant exp) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(SZ_ISSUER).audience("yixin").subject("officer-7")
                        .issueTime(new Date()).expirationTime(exp == null ? null : Date.from(exp))
                        .claim("tenant", "440300").claim("roles", List.of("bureau_officer")).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** GB 11643 check character for 17 digits. */
    static String residentId(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static Path copyTenants(Path from, Path to, String jwksBase) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String tenant = f.getFileName().toString().replace(".yaml", "");
                Files.writeString(to.resolve(f.getFileName()), Files.readString(f)
                        .replaceAll("jwksUri: .*", "jwksUri: " + jwksBase + "/" + tenant + "/jwks.json"));
            }
        }
        return to;
    }

    static Path unzip(Path jar, Path to) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = to.resolve(e.getName()).normalize();
                if (!target.startsWith(to)) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertTrue(Files.isDirectory(to.resolve("tenants")), "tenants/ at the jar's root");
        return to;
    }

    /** A stale jar would test yesterday's code: it must be newer than every source it is built from. */
    static void assertJarNotOlderThanSources(Path root, Path jar) throws IOException {
        long built = Files.getLastModifiedTime(jar).toMillis();
        for (String dir : List.of("functions/domain/src/main", "functions/store/src/main", "functions/api/src/main",
                "tenants")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertTrue(Files.getLastModifiedTime(f).toMillis() <= built, () -> jar + " is older than " + f
                            + ": package functions/api again (mvn -pl infra -am verify)");
                }
            }
        }
    }

    static Path repoRoot() {
        Path p = Path.of(System.getProperty("yixin.repo.root", ".")).toAbsolutePath();
        while (!Files.isDirectory(p.resolve("tenants")) && p.getParent() != null) {
            p = p.getParent();
        }
        return p;
    }

    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    static HttpServer server(Handler h) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            try {
                h.handle(ex);
            } finally {
                ex.close();
            }
        });
        s.start();
        return s;
    }

    static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
