package cn.yixin.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.constructs.Construct;
import software.constructs.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exchange database (前置库, issue 14) and its two scheduled functions, in a nested stack of their own:
 * <ul>
 *   <li>a VPC with isolated subnets only (no NAT, no internet route): DynamoDB through a gateway endpoint, Secrets
 *   Manager and STS (the tenant access role) through interface endpoints;</li>
 *   <li>RDS for PostgreSQL (offered in aws-cn as elsewhere), encrypted, Multi-AZ, not public, its master credentials
 *   generated into Secrets Manager, reachable only from the functions' security group;</li>
 *   <li>{@code ExchangePoller} (every minute) and {@code ExchangeImporter} (every 5 minutes), handlers of the exchange
 *   module's jar, in the VPC, reading the database secret at start and reaching tenant items only through the append
 *   profile's fenced tenant access role, as the background jobs do.</li>
 * </ul>
 */
public final class ExchangeStack extends NestedStack {

    /** Context key of the exchange module's shaded jar; relative to infra/. */
    public static final String EXCHANGE_JAR = "yixin:exchangeJar";
    public static final String DEFAULT_JAR = "../functions/exchange/target/yixin-exchange-lambda.jar";

    public record Job(String name, String handler, String schedule) {
    }

    public static final List<Job> JOBS = List.of(
            new Job("ExchangePoller", "cn.yixin.exchange.ExchangeFunctions$Poller::handleRequest", "rate(1 minute)"),
            new Job("ExchangeImporter", "cn.yixin.exchange.ExchangeFunctions$Importer::handleRequest", "rate(5 minutes)"));

    private final Vpc vpc;
    private final DatabaseInstance database;
    private final Map<String, JavaFunction> functions = new LinkedHashMap<>();

    /**
     * The exchange jar where it is built or named; otherwise (an in-process synth such as the stack tests) the API's
     * code asset stands in. {@code YixinApp} refuses to synth for deployment without the exchange jar.
     */
    public static Code code(Node node, java.util.function.Supplier<Code> fallback) {
        Path jar = jarPath(node);
        return Files.isRegularFile(jar) ? Code.fromAsset(jar.toString()) : fallback.get();
    }

    public static Path jarPath(Node node) {
        Object v = node.tryGetContext(EXCHANGE_JAR);
        return Path.of(v == null ? DEFAULT_JAR : v.toString());
    }

    public ExchangeStack(Construct scope, String id, Code code, ITable table, TenantAccessRoles access,
                         FunctionTrust trust, InfraSettings settings) {
        super(scope, id);
        CfnCondition snapStartOffered = CfnCondition.Builder.create(this, "SnapStartOffered")
                .expression(Fn.conditionNot(Fn.conditionEquals(Aws.PARTITION, "aws-cn")))
                .build();
        this.vpc = Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder().name("isolated")
                        .subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
        vpc.addGatewayEndpoint("DynamoDb", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.DYNAMODB).subnets(List.of(isolated)).build());
        vpc.addInterfaceEndpoint("SecretsManager", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.SECRETS_MANAGER).subnets(isolated).privateDnsEnabled(true).build());
        vpc.addInterfaceEndpoint("Sts", InterfaceVpcEndpointOptions.builder()
                .service(InterfaceVpcEndpointAwsService.STS).subnets(isolated).privateDnsEnabled(true).build());

        this.database = DatabaseInstance.Builder.create(this, "Database")
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.VER_16).build()))
                .instanceType(InstanceType.of(InstanceClass.BURSTABLE3, InstanceSize.MEDIUM))
                .vpc(vpc)
                .vpcSubnets(isolated)
                .credentials(Credentials.fromGeneratedSecret("yixin_exchange"))
                .databaseName("exchange")
                .storageEncrypted(true)
                .multiAz(true)
                .publiclyAccessible(false)
                .deletionProtection(true)
                .backupRetention(Duration.days(7))
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();

        SecurityGroup functionsGroup = SecurityGroup.Builder.create(this, "Functions")
                .vpc(vpc)
                .description("Exchange poller and importer")
                .allowAllOutbound(true)
                .build();
        database.getConnections().allowDefaultPortFrom(functionsGroup, "exchange functions");

        for (Job job : JOBS) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("YIXIN_TABLE", table.getTableName());
            env.put("YIXIN_TABLE_ARN", table.getTableArn());
            env.put("YIXIN_OPERATION", job.name());
            env.put("YIXIN_EXCHANGE_SECRET_ARN", database.getSecret().getSecretArn());
            env.putAll(BackgroundJobs.NOTIFICATIONS_ENV);
            JavaFunction fn = new JavaFunction(this, job.name(), code, job.handler(), settings.memoryMb(),
                    Duration.minutes(5), settings, snapStartOffered, env);
            // JavaFunction builds functions outside any VPC: these two join the exchange database's.
            CfnFunction cfn = (CfnFunction) fn.function().getNode().getDefaultChild();
            cfn.addPropertyOverride("VpcConfig", Map.of(
                    "SubnetIds", vpc.selectSubnets(isolated).getSubnetIds(),
                    "SecurityGroupIds", List.of(functionsGroup.getSecurityGroupId())));
            // One run at a time: a run outlasting its period is not joined by the next (the code copes, see
            // OutboxPoller, but two runs would only contend for the same rows).
            cfn.addPropertyOverride("ReservedConcurrentExecutions", 1);
            fn.role().addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName(
                    "service-role/AWSLambdaVPCAccessExecutionRole"));
            database.getSecret().grantRead(fn.role());
            var role = access.allow(fn.role(), new TenantAccessRoles.Profile(BackgroundJobs.JOB_ACTIONS, true));
            fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ROLE_ARN", role.getRoleArn());
            fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ACTIONS", String.join(",", BackgroundJobs.JOB_ACTIONS));
            trust.grantPii(fn); // the poller unseals credit codes, the importer hashes identifiers for lookup
            fn.role().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("ReadTenantRegistry")
                    .effect(Effect.ALLOW)
                    .actions(List.of("dynamodb:Query"))
                    .resources(List.of(table.getTableArn()))
                    .conditions(Map.of(
                            "ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("PLATFORM#TENANTS")),
                            "Null", Map.of("dynamodb:LeadingKeys", "false")))
                    .build());
            Rule.Builder.create(this, job.name() + "Schedule")
                    .schedule(Schedule.expression(job.schedule()))
                    .targets(List.of(LambdaFunction.Builder.create(fn.alias()).retryAttempts(2)
                            .maxEventAge(Duration.minutes(10)).build()))
                    .build();
            functions.put(job.name(), fn);
        }
    }

    public Vpc vpc() {
        return vpc;
    }

    public DatabaseInstance database() {
        return database;
    }

    public Map<String, JavaFunction> functions() {
        return functions;
    }
}
