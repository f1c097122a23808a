package cn.yixin.infra;

import software.constructs.Node;

import java.nio.file.Path;

/**
 * Everything the stack takes from outside, as CDK context keys ({@code cdk deploy -c yixin:snapStart=off ...}).
 *
 * @param lambdaJar      the API module's shaded jar (one artifact for every function); relative to infra/
 * @param tenantsDir     the tenant files, read for each tenant's identity issuer (JWT authorizers)
 * @param platformIssuer issuer of platform-operator tokens (the platform API's JWT authorizer)
 * @param platformJwksUri where the platform issuer publishes its keys (the functions verify operators' tokens with them)
 * @param snapStart      {@code auto} (on except in the aws-cn partition, decided at deploy time), {@code on}, {@code off}
 * @param arm64          Graviton (cheaper per GB-second) instead of x86_64
 * @param memoryMb       memory of every API function
 * @param alarmEmail     optional subscriber to the alarm topic
 */
public record InfraSettings(Path lambdaJar, Path tenantsDir, String platformIssuer, String platformJwksUri,
                            String snapStart, boolean arm64, int memoryMb, String alarmEmail) {

    public static final String LAMBDA_JAR = "yixin:lambdaJar";
    public static final String TENANTS_DIR = "yixin:tenantsDir";
    public static final String PLATFORM_ISSUER = "yixin:platformIssuer";
    public static final String PLATFORM_JWKS_URI = "yixin:platformJwksUri";
    public static final String SNAP_START = "yixin:snapStart";
    public static final String ARCHITECTURE = "yixin:architecture";
    public static final String MEMORY_MB = "yixin:memoryMb";
    public static final String ALARM_EMAIL = "yixin:alarmEmail";

    public static final String DEFAULT_JAR = "../functions/api/target/yixin-api-lambda.jar";
    /** Placeholder until the platform's own identity provider is chosen; override with -c yixin:platformIssuer=... */
    public static final String DEFAULT_PLATFORM_ISSUER = "https://ids.platform.yixin.example/platform";
    public static final String DEFAULT_PLATFORM_JWKS_URI = "https://ids.platform.yixin.example/platform/jwks.json";

    public InfraSettings {
        if (!snapStart.equals("auto") && !snapStart.equals("on") && !snapStart.equals("off")) {
            throw new IllegalArgumentException(SNAP_START + " must be auto, on or off, not " + snapStart);
        }
        if (!platformIssuer.equals(DEFAULT_PLATFORM_ISSUER) && platformJwksUri.equals(DEFAULT_PLATFORM_JWKS_URI)) {
            // The placeholder's keys would never verify a real operator: say so at synth, not with 401s in production.
            throw new IllegalArgumentException(PLATFORM_ISSUER + " is set but " + PLATFORM_JWKS_URI + " is not: pass "
                    + "-c " + PLATFORM_JWKS_URI + "=<the platform issuer's JWKS URI>");
        }
    }

    public static InfraSettings from(Node node) {
        return new InfraSettings(
                Path.of(string(node, LAMBDA_JAR, DEFAULT_JAR)),
                Path.of(string(node, TENANTS_DIR, "../tenants")),
                string(node, PLATFORM_ISSUER, DEFAULT_PLATFORM_ISSUER),
                string(node, PLATFORM_JWKS_URI, DEFAULT_PLATFORM_JWKS_URI),
                string(node, SNAP_START, "auto"),
                string(node, ARCHITECTURE, "x86_64").equals("arm64"),
                Integer.parseInt(string(node, MEMORY_MB, "1024")),
                string(node, ALARM_EMAIL, null));
    }

    private static String string(Node node, String key, String fallback) {
        Object v = node.tryGetContext(key);
        return v == null ? fallback : v.toString();
    }
}
