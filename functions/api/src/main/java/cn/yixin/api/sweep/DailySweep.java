package cn.yixin.api.sweep;

import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.store.TenantSummary;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every {@link SweepJob} for every tenant. One tenant's failure does not stop the rest; the report says which
 * failed, and the scheduled function reports failure so the schedule's retry and alarm see it.
 */
@Singleton
public class DailySweep {

    private static final Logger LOG = LoggerFactory.getLogger(DailySweep.class);

    private final List<SweepJob> jobs;
    private final TenantDirectory tenants;

    public DailySweep(List<SweepJob> jobs, TenantDirectory tenants) {
        this.jobs = jobs;
        this.tenants = tenants;
    }

    public SweepReport run(LocalDate today) {
        List<SweepReport.Line> lines = new ArrayList<>();
        for (TenantSummary t : tenants.list()) {
            for (SweepJob job : jobs) {
                try {
                    lines.add(new SweepReport.Line(t.tenantId(), job.name(), job.run(tenants.current(t.tenantId()), today), null));
                } catch (RuntimeException e) {
                    LOG.error("Sweep job {} failed for tenant {}", job.name(), t.tenantId(), e);
                    lines.add(new SweepReport.Line(t.tenantId(), job.name(), 0, e.getClass().getSimpleName()));
                }
            }
        }
        return new SweepReport(today, lines);
    }
}
