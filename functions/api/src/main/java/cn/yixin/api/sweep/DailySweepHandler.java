package cn.yixin.api.sweep;

import cn.yixin.api.grading.LiveGrading;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * The scheduled Lambda function (EventBridge, daily at 01:00 China time): runs the sweep for today and fails the
 * invocation if any job failed, so the schedule's retry policy and the error alarm take over.
 */
public class DailySweepHandler extends MicronautRequestHandler<Map<String, Object>, SweepReport> {

    /** Lambda's constructor: builds the function's own application context. */
    public DailySweepHandler() {
        super();
    }

    /** Runs inside an existing context (the tests' DynamoDB Local one). */
    public DailySweepHandler(io.micronaut.context.ApplicationContext context) {
        super(context);
    }

    @Inject
    DailySweep sweep;

    @Inject
    LiveGrading grading;

    @Override
    public SweepReport execute(Map<String, Object> scheduledEvent) {
        SweepReport report = sweep.run(grading.today());
        if (report.failed()) {
            throw new IllegalStateException("Daily sweep had failures: " + report.lines().stream()
                    .filter(l -> l.error() != null).map(l -> l.tenantId() + "/" + l.job()).toList());
        }
        return report;
    }
}
