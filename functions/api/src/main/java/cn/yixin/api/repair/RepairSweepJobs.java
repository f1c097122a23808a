package cn.yixin.api.repair;

import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.sweep.SweepWindow;
import cn.yixin.api.tenancy.ActiveConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * The repair jobs of the daily sweep: execute repairs whose publicity is over, re-grade NEXT_CYCLE repairs
 * when the next cycle starts (R-9.4, Nanchuan §34), and end the publication of dishonesty records at their maximum
 * period. Each is idempotent: a second run of the same day finds nothing left to do.
 */
@Factory
public class RepairSweepJobs {

    @Singleton
    @Named("repair-publicity-end")
    SweepJob publicityEnd(CreditRepairs repairs) {
        return job("repair-publicity-end", repairs::executeDue);
    }

    @Singleton
    @Named("repair-next-cycle-regrade")
    SweepJob nextCycleRegrade(CreditRepairs repairs) {
        return job("repair-next-cycle-regrade", repairs::regradeDue);
    }

    @Singleton
    @Named("publication-end")
    SweepJob publicationEnd(CreditRepairs repairs, SweepWindow window) {
        return job("publication-end", (tenant, today) -> repairs.endPublications(tenant, today, window.days(today)));
    }

    private interface Run {
        int run(ActiveConfig tenant, LocalDate today);
    }

    private static SweepJob job(String name, Run run) {
        return new SweepJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int run(ActiveConfig tenant, LocalDate today) {
                return run.run(tenant, today);
            }
        };
    }
}
