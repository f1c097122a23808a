package cn.yixin.infra;

import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfig;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work that no HTTP request starts: the consumer of the table's stream that delivers notices by SMS and the other
 * non-inbox channels, and the scheduled daily sweep (deadlines, repairs, publication ends, effective-date re-grades),
 * with one dead-letter queue for everything that exhausted its retries.
 *
 * <p>Stream consumers: batches of 100, retried up to 5 times with the failing batch bisected, partial batch failure
 * reporting ({@code ReportBatchItemFailures}: the handler returns the failed sequence numbers and only those are
 * retried), records older than a day or out of retries go to the DLQ. Two consumers of the one stream (the most
 * DynamoDB Streams serves without throttling): DeliverNotices and ReviseResults. Schedules: EventBridge rules (available in every partition), 2 retries of the
 * asynchronous invocation, failures to the same DLQ.
 *
 * <p>Jobs are cross-tenant: they read the registry directly (Query on {@code PLATFORM#TENANTS}) and reach each
 * tenant's items through the append profile's tenant data access role, as the operations do.
 */
public final class BackgroundJobs extends Construct {

    /** Handler classes the functions module provides for each job (overridable with -c yixin:handler:&lt;Job&gt;=...). */
    public record Job(String name, String handler, String schedule) {
        boolean scheduled() {
            return schedule != null;
        }
    }

    /**
     * Every job's handler is a class of the functions module (YixinStackTest loads each with Class.forName).
     * There is no stream re-scoring job: a write re-grades live grades synchronously in its own transaction
     * (CreditArchive). A cycle result's revision after a correction or repair, and the release of its mark after an
     * objection decision, are second writes, so ReviseResults makes them certain from the stream
     * (ResultRevisionStreamHandler; idempotent, the request normally did them). The outbox exchange with the public credit
     * platform is not built yet (docs/deploy.md); the evaluation cycle's schedule comes back with its branch.
     */
    public static final List<Job> JOBS = List.of(
            new Job("DeliverNotices", "cn.yixin.api.notification.NoticeStreamHandler::handleRequest", null),
            new Job("ReviseResults", "cn.yixin.api.evaluation.ResultRevisionStreamHandler::handleRequest", null),
            // 00:10 Beijing time (UTC+8); China observes no daylight saving.
            new Job("DeadlineSweep", "cn.yixin.api.sweep.DailySweepHandler::handleRequest", "cron(10 16 * * ? *)"),
            // Continues evaluation runs the API calls could not finish (each call works ~20 s; a run of 100,000
            // subjects takes ~15 minutes): every 15 minutes, 12 minutes of work at most.
            new Job("EvaluationCycle", "cn.yixin.api.evaluation.EvaluationCycleHandler::handleRequest",
                    "rate(15 minutes)"));

    /** Where notices leave for SMS and the other channels: the table's stream (DeliverNotices), see Notifier. */
    public static final Map<String, String> NOTIFICATIONS_ENV = Map.of("YIXIN_NOTIFICATIONS_DELIVERY", "stream");

    /** The scheduled sweep does what the operator-run sweep does (OperationCatalog.SWEEP). */
    public static final List<String> JOB_ACTIONS = cn.yixin.api.OperationCatalog.SWEEP;

    private final Queue deadLetters;
    private final Map<String, JavaFunction> functions = new LinkedHashMap<>();

    public BackgroundJobs(Construct scope, String id, Code code, ITable table, TenantAccessRoles access,
                          FunctionTrust trust, InfraSettings settings, CfnCondition snapStartOffered) {
        super(scope, id);
        this.deadLetters = Queue.Builder.create(this, "DeadLetters")
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.KMS_MANAGED)
                .enforceSsl(true)
                .build();
        for (Job job : JOBS) {
            Object override = getNode().tryGetContext("yixin:handler:" + job.name());
            String handler = override != null ? override.toString() : job.handler();
            Map<String, String> env = new LinkedHashMap<>();
            env.put("YIXIN_TABLE", table.getTableName());
            env.put("YIXIN_TABLE_ARN", table.getTableArn());
            env.put("YIXIN_OPERATION", job.name());
            env.putAll(NOTIFICATIONS_ENV);
            JavaFunction fn = new JavaFunction(this, job.name(), code, handler, settings.memoryMb(),
                    Duration.minutes(job.scheduled() ? 15 : 5), settings, snapStartOffered, env);
            var role = access.allow(fn.role(), new TenantAccessRoles.Profile(JOB_ACTIONS, true));
            fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ROLE_ARN", role.getRoleArn());
            fn.function().addEnvironment("YIXIN_TENANT_ACCESS_ACTIONS", String.join(",", JOB_ACTIONS));
            String handlerClass = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            if (cn.yixin.api.pii.PersonalDataOperations.JOB_HANDLERS.contains(handlerClass)) {
                trust.grantPii(fn);
            }
            fn.role().addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("ReadTenantRegistry")
                    .effect(Effect.ALLOW)
                    .actions(List.of("dynamodb:Query"))
                    .resources(List.of(table.getTableArn()))
                    .conditions(Map.of(
                            "ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("PLATFORM#TENANTS")),
                            "Null", Map.of("dynamodb:LeadingKeys", "false")))
                    .build());
            if (job.scheduled()) {
                EventInvokeConfig.Builder.create(this, job.name() + "Async")
                        .function(fn.alias())
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(6))
                        .onFailure(new SqsDestination(deadLetters))
                        .build();
                Rule.Builder.create(this, job.name() + "Schedule")
                        .schedule(Schedule.expression(job.schedule()))
                        .targets(List.of(LambdaFunction.Builder.create(fn.alias())
                                .retryAttempts(4)
                                .maxEventAge(Duration.hours(6))
                                .deadLetterQueue(deadLetters)
                                .build()))
                        .build();
            } else {
                fn.alias().addEventSource(DynamoEventSource.Builder.create(table)
                        .startingPosition(StartingPosition.TRIM_HORIZON)
                        .batchSize(100)
                        .maxBatchingWindow(Duration.seconds(1))
                        .bisectBatchOnError(true)
                        .retryAttempts(5)
                        .maxRecordAge(Duration.days(1))
                        .reportBatchItemFailures(true)
                        .parallelizationFactor(1)
                        .onFailure(new SqsDlq(deadLetters))
                        .build());
            }
            functions.put(job.name(), fn);
        }
    }

    public Queue deadLetters() {
        return deadLetters;
    }

    public Map<String, JavaFunction> functions() {
        return functions;
    }
}
