package cn.yixin.api.sweep;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
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
    private final LiveGrading grading;

    public DailySweep(List<SweepJob> jobs, TenantDirectory tenants, LiveGrading grading) {
        this.jobs = jobs;
        this.tenants = tenants;
        this.grading = grading;
    }

    /**
     * Sweeps {@code today}, which must not be after the application clock's Beijing day (issue 12.4): a sweep of a
     * later day would publish results whose objection window is still open and execute repairs whose publicity has
     * not ended. Replaying a past day is allowed (the jobs are idempotent).
     *
     * @throws DomainException INVALID {@code SWEEP_DAY_IN_FUTURE}, field {@code day}
     */
    public SweepReport run(LocalDate today) {
        LocalDate now = grading.today();
        if (today.isAfter(now)) {
            throw futureDay(now);
        }
        List<SweepReport.Line> lines = new ArrayList<>();
        java.util.Map<String, SweepReport.Warning> warnings = new java.util.TreeMap<>();
        for (TenantSummary t : tenants.list()) {
            try {
                calendarWarning(tenants.current(t.tenantId()).calendar(), t.tenantId(), now, warnings);
            } catch (RuntimeException e) {
                LOG.error("Calendar check failed for tenant {}", t.tenantId(), e);
            }
            for (SweepJob job : jobs) {
                try {
                    lines.add(new SweepReport.Line(t.tenantId(), job.name(), job.run(tenants.current(t.tenantId()), today), null));
                } catch (RuntimeException e) {
                    LOG.error("Sweep job {} failed for tenant {}", job.name(), t.tenantId(), e);
                    lines.add(new SweepReport.Line(t.tenantId(), job.name(), 0, e.getClass().getSimpleName()));
                }
            }
        }
        return new SweepReport(today, lines, List.copyOf(warnings.values()));
    }

    /** From 1 November, next year's holiday notice must be loaded (issue 12.11): one warning per calendar and year. */
    private static void calendarWarning(cn.yixin.domain.calendar.WorkingDayCalendar calendar, String tenantId,
                                        LocalDate now, java.util.Map<String, SweepReport.Warning> out) {
        cn.yixin.domain.calendar.CalendarWarning.check(calendar, now).ifPresent(w -> {
            String key = w.calendar() + "#" + w.year() + "#" + w.code();
            SweepReport.Warning before = out.get(key);
            List<String> ts = new ArrayList<>(before == null ? List.of() : before.tenants());
            ts.add(tenantId);
            out.put(key, new SweepReport.Warning(w.code(), w.calendar(), w.year(), List.copyOf(ts), w.zh(), w.en()));
        });
    }

    static DomainException futureDay(LocalDate now) {
        return new DomainException(DomainException.Kind.INVALID, "SWEEP_DAY_IN_FUTURE",
                "每日到期处理只能处理今天（北京时间 " + cn.yixin.domain.calendar.DeadlineText.zhDate(now)
                        + "）或以前的日期：处理以后的日期会提前公布异议期未满的结果、提前执行公示期未满的修复。",
                "The daily sweep can only process today (Beijing time, " + cn.yixin.domain.calendar.DeadlineText.enDate(now)
                        + ") or an earlier day: sweeping a later day would publish results whose objection window is"
                        + " still open and execute repairs whose publicity has not ended.",
                java.util.Map.of("field", "day", "today", now.toString()));
    }
}
