package cn.yixin.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

import java.util.List;

/**
 * The whole product in one stack (its per-issuer APIs as nested stacks). Environment-agnostic: every ARN is built
 * with {@code AWS::Partition}, and SnapStart is decided at deploy time by a condition on the partition, so the same
 * template deploys to aws and aws-cn regions.
 */
public class YixinStack extends Stack {

    private final DataTable table;
    private final TenantAccessRoles access;
    private final FunctionTrust trust;
    private final OperationFunctions operations;
    private final HttpApis apis;
    private final BackgroundJobs jobs;
    private final Alarms alarms;
    private final ExchangeStack exchange;

    /**
     * @param code makes the Lambda code asset: one instance per stack (CDK ties an asset to the stack that uses it,
     *             and each feature area's functions live in a nested stack of their own)
     */
    public YixinStack(Construct scope, String id, StackProps props, InfraSettings settings,
                      java.util.function.Supplier<Code> code) {
        super(scope, id, props);
        // SnapStart is not offered in the China regions: on elsewhere (auto), or as the context key forces.
        CfnCondition snapStartOffered = CfnCondition.Builder.create(this, "SnapStartOffered")
                .expression(Fn.conditionNot(Fn.conditionEquals(Aws.PARTITION, "aws-cn")))
                .build();
        List<TenantIssuers.Issuer> issuers = TenantIssuers.read(settings.tenantsDir());

        this.table = new DataTable(this, "Data");
        this.access = new TenantAccessRoles(this, "TenantAccess", table.table());
        // The functions trust the very issuers the gateway's authorizers are built from, and read the PII keys from
        // the stack's own secret (issue 10 item 9).
        this.trust = new FunctionTrust(this, "Trust", settings.platformIssuer(), settings.platformJwksUri(), issuers);
        this.operations = new OperationFunctions(this, "Operations", code, table.table(), access, trust, settings);
        this.apis = new HttpApis(this, "Apis", settings.platformIssuer(), issuers, operations.byOperation());
        // The web portal: S3 + CloudFront, and the tenant APIs' CORS for its origin only (PortalHosting, issue 19).
        new PortalHosting(this, "Portal", apis.apis().entrySet().stream()
                .filter(e -> !e.getKey().equals("Platform")).map(java.util.Map.Entry::getValue).toList());
        this.jobs = new BackgroundJobs(this, "Jobs", code.get(), table.table(), access, trust, settings,
                snapStartOffered);
        this.alarms = new Alarms(this, "Alarms", operations.byOperation(), jobs.functions(), jobs.deadLetters(),
                settings.alarmEmail());

        // Issue 14: the exchange database (RDS for PostgreSQL in a VPC) with its poller and importer.
        this.exchange = new ExchangeStack(this, "Exchange", ExchangeStack.code(getNode(), code), table.table(), access,
                trust, settings);

        CfnOutput.Builder.create(this, "TableName").value(table.table().getTableName()).build();
        CfnOutput.Builder.create(this, "AlarmTopic").value(alarms.topic().getTopicArn()).build();
    }

    public DataTable table() {
        return table;
    }

    public TenantAccessRoles access() {
        return access;
    }

    public FunctionTrust trust() {
        return trust;
    }

    public OperationFunctions operations() {
        return operations;
    }

    public HttpApis apis() {
        return apis;
    }

    public BackgroundJobs jobs() {
        return jobs;
    }

    public ExchangeStack exchange() {
        return exchange;
    }
}
