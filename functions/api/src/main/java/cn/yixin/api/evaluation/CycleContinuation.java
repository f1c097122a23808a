package cn.yixin.api.evaluation;

import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.TenantSummary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries every unfinished evaluation run forward: a bureau starts a run over the API, and each call works
 * only as long as API Gateway waits; the scheduled function then takes each run whose lease is free and continues it
 * from where it stopped, under the configuration version it started with. A run whose lease a live call holds is
 * left to that call.
 */
@Singleton
public class CycleContinuation {

    private static final Logger LOG = LoggerFactory.getLogger(CycleContinuation.class);

    private final EvaluationRepository repository;
    private final CycleRunner runner;
    private final TenantDirectory tenants;

    public CycleContinuation(EvaluationRepository repository, CycleRunner runner, TenantDirectory tenants) {
        this.repository = repository;
        this.runner = runner;
        this.tenants = tenants;
    }

    /** Continues each unfinished run for at most {@code within}; returns the runs it touched as they now stand. */
    public List<CycleRun> continueUnfinished(Duration within) {
        List<CycleRun> touched = new ArrayList<>();
        for (TenantSummary t : tenants.list()) {
            for (CycleRun run : repository.runs(t.tenantId())) {
                if (run.status() == CycleRun.Status.COMPLETED) {
                    continue;
                }
                try {
                    var plan = runner.plan(t.tenantId(), run.year(), run.kind(), run.configVersion());
                    touched.addAll(runner.run(plan, "scheduler", within));
                } catch (DomainException e) {
                    if (e.kind() != DomainException.Kind.CONFLICT) {
                        throw e;
                    }
                    LOG.info("Run {}/{}/{} is held by a live call ({}); left to it", t.tenantId(), run.year(),
                            run.kind(), e.code());
                }
            }
        }
        return touched;
    }
}
