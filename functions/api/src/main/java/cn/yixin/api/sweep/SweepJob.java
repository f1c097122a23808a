package cn.yixin.api.sweep;

import cn.yixin.api.tenancy.ActiveConfig;

import java.time.LocalDate;

/**
 * One thing the daily sweep does for each tenant: mark overdue cases, publish results whose objection window
 * closed, end publications at their maximum period. Jobs are idempotent: running a day twice changes nothing
 * the second time.
 */
public interface SweepJob {

    String name();

    /** Does the job for one tenant as of {@code today} (China Standard Time) and returns how many items changed. */
    int run(ActiveConfig tenant, LocalDate today);
}
