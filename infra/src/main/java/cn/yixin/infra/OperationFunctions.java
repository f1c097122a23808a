package cn.yixin.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.NestedStack;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.OperationCatalog.Operation;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lambda function per entry of {@link OperationCatalog} (the same jar and handler for all; the gateway route
 * decides which operation reaches which function), each with its own least-privilege role:
 * <ul>
 *   <li>tenant-scoped operations: no DynamoDB right at all, only {@code sts:AssumeRole} on the tenant data access
 *       role of their profile (read, read with indexes, or append), which IAM fences to one tenant;</li>
 *   <li>platform operations: the same for tenant items, plus their catalog actions directly on the table (the
 *       {@code platform()} client), limited to the registry and the tenants' configuration keys.</li>
 * </ul>
 */
public final class OperationFunctions extends Construct {

    public static final String HANDLER = "cn.yixin.api.lambda.ApiHandler";
    /** Keys a platform operation may lead with: the registry, and each tenant's configuration versions. */
    public static final List<String> PLATFORM_LEADING_KEYS = List.of("PLATFORM#*", "T#*#CONFIG");

    private final Map<String, JavaFunction> functions = new LinkedHashMap<>();
    private final Map<String, NestedStack> stacks = new LinkedHashMap<>();

    public OperationFunctions(Construct scope, String id, java.util.function.Supplier<Code> code, ITable table,
                              TenantAccessRoles access, FunctionTrust trust,
                              InfraSettings settings) {
        super(scope, id);
        // One nested stack per feature area: each function brings a role, a policy, a version, an alias and a log
        // group, so ~50 operations in one stack would crowd CloudFormation's 500-resource limit.
        OperationCatalog.BY_AREA.forEach((area, operations) -> {
            NestedStack nested = new NestedStack(this, area);
            // Conditions are local to a template: each nested stack decides SnapStart for itself, the same way.
            CfnCondition snapStartOffered = CfnCondition.Builder.create(nested, "SnapStartOffered")
                    .expression(Fn.conditionNot(Fn.conditionEquals(Aws.PARTITION, "aws-cn")))
                    .build();
            stacks.put(area, nested);
            Code areaCode = code.get();
            for (Operation op : operations) {
                functions.put(op.name(), function(nested, op, areaCode, table, access, trust, settings,
                        snapStartOffered));
            }
        });
    }

    private static JavaFunction function(Construct scope, Operation op, Code code, ITable table,
                                         TenantAccessRoles access, FunctionTrust trust, InfraSettings settings,
                                         CfnCondition snapStartOffered) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("YIXIN_TABLE", table.getTableName());
        env.put("YIXIN_TABLE_ARN", table.getTableArn());
        env.put("YIXIN_OPERATION", op.name());
        // The tenant files are at the jar's root, found under LAMBDA_TASK_ROOT (TenantsLocation).
        // Who may call: the issuers of the tenant files and the platform, keys fetched by the function (issue 10.9).
        env.put(FunctionTrust.ISSUERS_ENV, trust.issuersJson());
        // Notices: inbox in the request, SMS and other channels from the stream (also application-function.yml).
        env.putAll(BackgroundJobs.NOTIFICATIONS_ENV);
        JavaFunction fn = new JavaFunction(scope, op.name(), code, HANDLER, settings.memoryMb(),
                Duration.seconds(15), settings, snapStartOffered, env);
        // Every function reaches tenant items (forTenant) only through the fenced access role; a platform
        // operation (onboarding, the operator-run sweep) does so for the tenant it names.
        var profile = new TenantAccessRoles.Profile(op.dynamoActions(), !op.indexes().isEmpty());
        var role = access.allow(fn.role(), profile);
        fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ROLE_ARN", role.getRoleArn());
        fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ACTIONS", String.join(",", op.dynamoActions()));
        if (cn.yixin.api.pii.PersonalDataOperations.OPERATIONS.contains(op.name())) {
            trust.grantPii(fn); // only the operations that seal, unseal or hash identifiers
        }
        if (!op.tenantScoped()) {
            List<String> resources = new ArrayList<>(List.of(table.getTableArn()));
            op.indexes().forEach(i -> resources.add(table.getTableArn() + "/index/" + i));
            fn.role().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("PlatformRegistry")
                    .effect(Effect.ALLOW)
                    .actions(op.dynamoActions())
                    .resources(resources)
                    .conditions(Map.of(
                            "ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", PLATFORM_LEADING_KEYS),
                            "Null", Map.of("dynamodb:LeadingKeys", "false")))
                    .build());
        }
        return fn;
    }

    /** The nested stack of each feature area. */
    public Map<String, NestedStack> stacks() {
        return stacks;
    }

    public Map<String, JavaFunction> byOperation() {
        return functions;
    }
}
