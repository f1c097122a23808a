package cn.yixin.infra;

import software.constructs.Node;

import java.nio.file.Path;

/**
 * Everything the stack takes from outside, as CDK context keys ({@code cdk deploy -c yixin:snapStart=off ...}).
 *
 * @param lambdaJar      the API module's shaded jar (one artifact for every function); relative to infra/
 * @param tenantsDir     the tenant files, read for each tenant's identity issuer (JWT authorizers)
 * @param platformIssuer issuer of platform-operator tokens (the platform API's JWT authorizer)
 * @param snapStart      {@code auto} (on except in the aws-cn partition, decided at deploy time), {@code on}, {@code off}
 * @param arm64          Graviton (cheaper per GB-second) instead of x86_64
 * @param memoryMb       memory of every API function
 * @param alarmEmail     optional subscriber to the alarm topic
 */
public record InfraSettings(Path lambdaJar, Path tenantsDir, String platformIssuer, String snapStart, boolean arm64,
                            int memoryMb, String alarmEmail) {

    public static final String LAMBDA_JAR = "yixin:lambdaJar";
    public static final String TENANTS_DIR = "yixin:tenantsDir";
    public static final String PLATFORM_ISSUER = "yixin:platformIssuer";
    public static final String SNAP_START = "yixin:snapStart";
    public static final String ARCHITECTURE = "yixin:architecture";
    public static final String MEMORY_MB = "yixin:memoryMb";
    public static final String ALARM_EMAIL = "yixin:alarmEmail";

    public static final String DEFAULT_JAR = "../functions/api/target/yixin-api-lambda.jar";
    /** Placeholder until the platform's own identity provider is chosen; override with -c yixin:platformIssuer=... */
    public static final String DEFAULT_PLATFORM_ISSUER = "https://ids.platform.yixin.example/platform";

    public InfraSettings {
        if (!snapStart.equals("auto") && !snapStart.equals("on") && !snapStart.equals("off")) {
            throw new IllegalArgumentException(SNAP_START + " must be auto, on or off, not " + snapStart);
        }
    }

    public static InfraSettings from(Node node) {
        return new InfraSettings(
                Path.of(string(node, LAMBDA_JAR, DEFAULT_JAR)),
                Path.of(string(node, TENANTS_DIR, "../tenants")),
                string(node, PLATFORM_ISSUER, DEFAULT_PLATFORM_ISSUER),
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
