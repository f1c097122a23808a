package cn.yixin.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

import java.util.Map;

/**
 * What wakes someone up: any function error (an invocation that failed rather than answered, or a job's failed run), anything in the dead-letter
 * queue, and a stream consumer falling behind. All to one SNS topic (SNS is in every partition).
 */
public final class Alarms extends Construct {

    private final Topic topic;

    public Alarms(Construct scope, String id, Map<String, JavaFunction> operations, Map<String, JavaFunction> jobs,
                  IQueue deadLetters, String email) {
        super(scope, id);
        this.topic = Topic.Builder.create(this, "Topic").displayName("Yixin alarms").build();
        if (email != null) {
            topic.addSubscription(new EmailSubscription(email));
        }
        SnsAction notify = new SnsAction(topic);
        MetricOptions fiveMinutes = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        operations.forEach((name, fn) -> errors(name, fn, fiveMinutes).addAlarmAction(notify));
        jobs.forEach((name, fn) -> errors(name, fn, fiveMinutes).addAlarmAction(notify));
        Alarm.Builder.create(this, "DeadLettersWaiting")
                .alarmDescription("Messages in the dead-letter queue: a stream batch or a scheduled job gave up")
                .metric(deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(Duration.minutes(5)).statistic("Maximum").build()))
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build()
                .addAlarmAction(notify);
        jobs.forEach((name, fn) -> {
            if (BackgroundJobs.JOBS.stream().anyMatch(j -> j.name().equals(name) && !j.scheduled())) {
                Alarm.Builder.create(this, name + "IteratorAge")
                        .alarmDescription(name + " is more than 5 minutes behind the table's stream")
                        .metric(fn.function().metric("IteratorAge", MetricOptions.builder()
                                .period(Duration.minutes(5)).statistic("Maximum").build()))
                        .threshold(300_000)
                        .evaluationPeriods(2)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .build()
                        .addAlarmAction(notify);
            }
        });
    }

    private Alarm errors(String name, JavaFunction fn, MetricOptions period) {
        return Alarm.Builder.create(this, name + "Errors")
                .alarmDescription(name + " reported errors")
                .metric(fn.function().metricErrors(period))
                .threshold(1)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    public Topic topic() {
        return topic;
    }
}
