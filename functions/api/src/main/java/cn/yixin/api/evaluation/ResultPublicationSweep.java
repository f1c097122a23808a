package cn.yixin.api.evaluation;

import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.tenancy.ActiveConfig;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/** Daily: publishes every result whose objection window closed and that is not under objection (R-5.7, 001 §27). */
@Singleton
public class ResultPublicationSweep implements SweepJob {

    private final CycleResults results;

    public ResultPublicationSweep(CycleResults results) {
        this.results = results;
    }

    @Override
    public String name() {
        return "publish-evaluation-results";
    }

    @Override
    public int run(ActiveConfig tenant, LocalDate today) {
        return results.publishDue(tenant.config().id(), null, today).published();
    }
}
