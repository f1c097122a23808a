package cn.yixin.api.evaluation;

import cn.yixin.domain.evaluation.CycleRun;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scheduled function (every 15 minutes) that continues unfinished evaluation runs. It works 12 minutes at most,
 * inside Lambda's 15, and answers what it did per run: done/total and status.
 */
public class EvaluationCycleHandler extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    static final Duration WITHIN = Duration.ofMinutes(12);

    public EvaluationCycleHandler() {
        super();
    }

    public EvaluationCycleHandler(ApplicationContext context) {
        super(context);
    }

    @Inject
    CycleContinuation continuation;

    @Override
    public Map<String, Object> execute(Map<String, Object> scheduledEvent) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (CycleRun r : continuation.continueUnfinished(WITHIN)) {
            out.put(r.tenantId() + "/" + r.year() + "/" + r.kind(), r.status() + " " + r.done() + "/" + r.total());
        }
        return out;
    }
}
