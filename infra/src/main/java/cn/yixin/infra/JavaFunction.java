package cn.yixin.infra;

import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.Map;

/**
 * One Java function of the product: its own execution role (logs only, until a caller grants more), its own log
 * group, SnapStart on published versions where the partition offers it, and a {@code live} alias on the current
 * version, which is what the gateway, the schedules and the stream mappings invoke (SnapStart only applies to
 * published versions).
 */
public final class JavaFunction extends Construct {

    public static final String ALIAS = "live";

    private final Function function;
    private final Alias alias;
    private final Role role;

    public JavaFunction(Construct scope, String id, Code code, String handler, int memoryMb, Duration timeout,
                        InfraSettings settings, CfnCondition snapStartOffered, Map<String, String> environment) {
        super(scope, id);
        this.role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Execution role of " + id)
                .build();
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Map<String, String> env = new HashMap<>(environment);
        // C1 only: shorter init for a short-lived JVM; with SnapStart most JIT work is in the snapshot anyway.
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        this.function = Function.Builder.create(this, "Function")
                .runtime(Runtime.JAVA_21)
                .architecture(settings.arm64() ? Architecture.ARM_64 : Architecture.X86_64)
                .handler(handler)
                .code(code)
                .memorySize(memoryMb)
                .timeout(timeout)
                .role(role)
                .logGroup(logs)
                .environment(env)
                .description(id)
                .build();
        // Priming pays off only when a snapshot keeps its result; without SnapStart the first request warms lazily
        // for less than priming would add to every cold start (docs/performance.md).
        function.addEnvironment("YIXIN_PRIMING_ENABLED", switch (settings.snapStart()) {
            case "on" -> "true";
            case "off" -> "false";
            default -> software.amazon.awscdk.Token.asString(
                    Fn.conditionIf(snapStartOffered.getLogicalId(), "true", "false"));
        });
        CfnFunction cfn = (CfnFunction) function.getNode().getDefaultChild();
        Map<String, Object> onPublished = Map.of("ApplyOn", "PublishedVersions");
        switch (settings.snapStart()) {
            case "on" -> cfn.addPropertyOverride("SnapStart", onPublished);
            case "off" -> { }
            default -> cfn.addPropertyOverride("SnapStart",
                    Fn.conditionIf(snapStartOffered.getLogicalId(), onPublished, software.amazon.awscdk.Aws.NO_VALUE));
        }
        this.alias = Alias.Builder.create(this, "Live")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    public Function function() {
        return function;
    }

    public Alias alias() {
        return alias;
    }

    public IRole role() {
        return role;
    }
}
