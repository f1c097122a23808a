package cn.yixin.api.evaluation;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.notification.Notifier;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleEvaluator;
import cn.yixin.domain.evaluation.CycleOutcome;
import cn.yixin.domain.evaluation.CyclePeriod;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.SubjectSnapshot;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a tenant's evaluation cycle: for each subject kind, a snapshot of every subject's
 * evaluation under one configuration version as of the period's last day, stored as proposed results, each notified
 * with its objection deadline (R-6.2, in working days on the tenant's calendar, R-10.1).
 *
 * <p>Resumable and idempotent. A run item per (tenant, year, kind) holds a lease taken with a conditional write (a
 * second concurrent start gets 409 {@code CYCLE_RUN_IN_PROGRESS}), the roster, and the position. Each page's results
 * and the new position are one transaction, and results are written only where none exists, so a run killed at any
 * point and started again gives every subject exactly one proposed result. Notices are sent after their page
 * commits; the page's subjects stay "pending" on the run item until the next page commits, and a resumed run sends
 * the pending ones again (the inbox keeps one notice per id), so every subject gets exactly one notice.
 *
 * <p>One call works for at most its time budget (API Gateway answers within 29 s), then releases the lease and
 * reports progress; calling again continues. The harness and the tests may give an unlimited budget.
 */
@Singleton
public class CycleRunner {

    /** Subjects per transaction: 25 results and the run item, well inside the 100-item limit. */
    static final int PAGE = 25;
    /** Subject ids per roster item: 500 ids of ~20 bytes stay far below the 400 KB item limit. */
    static final int CHUNK = 500;

    private final EvaluationRepository repository;
    private final TenantDirectory tenants;
    private final Notifier notifier;
    private final CycleRunHook hook;
    private final LiveGrading grading;
    private final Clock clock;
    private final Duration lease;
    private final Duration budget;
    private final CycleEvaluator evaluator = new CycleEvaluator();

    public CycleRunner(EvaluationRepository repository, TenantDirectory tenants, Notifier notifier, CycleRunHook hook,
                       LiveGrading grading, Clock clock,
                       @Value("${yixin.evaluation.lease:60s}") Duration lease,
                       @Value("${yixin.evaluation.budget:20s}") Duration budget) {
        this.repository = repository;
        this.tenants = tenants;
        this.notifier = notifier;
        this.hook = hook;
        this.grading = grading;
        this.clock = clock;
        this.lease = lease;
        this.budget = budget;
    }

    /** What a start will do, checked in full before anything is written. */
    public record Plan(String tenantId, CyclePeriod period, Map<SubjectKind, ActiveConfig> configs, LocalDate noticeDate,
                       Map<SubjectKind, LocalDate> deadlines) {
    }

    /**
     * Checks a start: the period must have ended, the configuration version must exist, the kind must be rated
     * under it, and a run already under way keeps the version it started with. Writes nothing.
     */
    public Plan plan(String tenantId, int year, SubjectKind kind, Integer configVersion) {
        ActiveConfig current = tenants.current(tenantId);
        CyclePeriod period = CyclePeriod.of(current.config().evaluation().cycle(), year);
        LocalDate today = grading.today();
        period.requireEnded(today);
        ActiveConfig requested = configVersion == null ? current : tenants.version(tenantId, configVersion);
        List<SubjectKind> kinds;
        if (kind != null) {
            requested.config().schemeFor(kind);
            kinds = List.of(kind);
        } else {
            kinds = requested.config().subjectKinds().keySet().stream().sorted().toList();
        }
        Map<SubjectKind, ActiveConfig> configs = new LinkedHashMap<>();
        Map<SubjectKind, LocalDate> deadlines = new LinkedHashMap<>();
        for (SubjectKind k : kinds) {
            Optional<CycleRun> existing = repository.run(tenantId, year, k);
            ActiveConfig used = requested;
            if (existing.isPresent() && existing.get().configVersion() != requested.version()) {
                if (configVersion != null) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "CYCLE_CONFIG_DIFFERS",
                            year + " 年度“" + k.nameZh() + "”的评价已按第 " + existing.get().configVersion()
                                    + " 版配置开展，同一周期只能使用一个配置版本。",
                            "The " + year + " run for " + k + " uses configuration version "
                                    + existing.get().configVersion() + "; one cycle uses one version.",
                            Map.of("configVersion", existing.get().configVersion(), "subjectKind", k.name()));
                }
                used = tenants.version(tenantId, existing.get().configVersion());
            }
            configs.put(k, used);
            // Computed now so that a notice date outside the loaded calendar refuses the start, not half a run.
            deadlines.put(k, used.calendar().addWorkingDays(today, used.config().timelines().objectionFilingDays()));
        }
        return new Plan(tenantId, period, configs, today, deadlines);
    }

    /** Runs the plan for at most the configured budget; returns every planned kind's run as it now stands. */
    public List<CycleRun> run(Plan plan, String startedBy) {
        return run(plan, startedBy, budget);
    }

    public List<CycleRun> run(Plan plan, String startedBy, Duration within) {
        long stopAt = System.nanoTime() + within.toNanos();
        List<CycleRun> out = new ArrayList<>();
        for (SubjectKind kind : plan.configs().keySet()) {
            out.add(runKind(plan, kind, startedBy, stopAt));
        }
        return out;
    }

    private CycleRun runKind(Plan plan, SubjectKind kind, String startedBy, long stopAt) {
        String tenant = plan.tenantId();
        int year = plan.period().year();
        ActiveConfig cfg = plan.configs().get(kind);
        repository.createRun(new CycleRun(tenant, year, kind, cfg.version(), CycleRun.Status.ROSTER, null, null, 0, 0,
                0, 0, 0, List.of(), Map.of(), clock.instant(), startedBy, null, false));
        CycleRun run = repository.run(tenant, year, kind).orElseThrow();
        String owner = UUID.randomUUID().toString();
        if (run.status() == CycleRun.Status.COMPLETED) {
            // Issue 12.1: a cycle evaluates every subject of the period, also those registered after its run
            // completed (and a kind that had nobody then). Two index reads find them; none: nothing to do.
            if (newcomers(tenant, year, kind).isEmpty()) {
                return run;
            }
            if (!repository.reopen(tenant, year, kind, owner, leaseEnd())) {
                CycleRun now = repository.run(tenant, year, kind).orElseThrow();
                if (now.status() == CycleRun.Status.COMPLETED) {
                    return now;
                }
                throw inProgress(now);
            }
        } else if (!repository.takeLease(tenant, year, kind, owner, clock.instant(), leaseEnd())) {
            throw inProgress(run);
        }
        try {
            process(plan, kind, cfg, owner, stopAt);
        } catch (RuntimeException e) {
            // An ordinary failure hands the run back at once; a crash (an Error, a killed function) leaves the lease
            // to expire, after which any start resumes the run.
            repository.releaseLease(run, owner);
            throw e;
        }
        return repository.run(tenant, year, kind).orElseThrow();
    }

    private void process(Plan plan, SubjectKind kind, ActiveConfig cfg, String owner, long stopAt) {
        String tenant = plan.tenantId();
        int year = plan.period().year();
        CycleRun run = repository.run(tenant, year, kind).orElseThrow();
        if (run.status() == CycleRun.Status.ROSTER) {
            List<String> ids = newcomers(tenant, year, kind);
            List<List<String>> chunks = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            }
            repository.writeRoster(run, chunks, owner, leaseEnd());
            run = repository.run(tenant, year, kind).orElseThrow();
        }
        for (String subjectId : run.pending()) {
            // A resumed run: the last committed page's notices may not have gone out.
            repository.snapshot(tenant, subjectId).ifPresent(s -> s.results().stream()
                    .filter(r -> r.year() == year && r.version() == 1).findFirst()
                    .ifPresent(r -> notifier.notify(s.subject(), notice(cfg, r))));
        }
        List<String> chunkIds = List.of();
        int loaded = -1;
        while (true) {
            if (run.chunk() >= run.chunks()) {
                repository.complete(run, owner, clock.instant());
                return;
            }
            if (System.nanoTime() > stopAt) {
                repository.releaseLease(run, owner);
                return;
            }
            if (loaded != run.chunk()) {
                chunkIds = repository.rosterChunk(tenant, year, kind, run.chunk());
                loaded = run.chunk();
            }
            int end = Math.min(run.offset() + PAGE, chunkIds.size());
            List<SubjectSnapshot> subjects = new ArrayList<>();
            List<CycleResult> results = new ArrayList<>();
            for (String subjectId : chunkIds.subList(run.offset(), end)) {
                Optional<SubjectSnapshot> snap = repository.snapshot(tenant, subjectId);
                if (snap.isEmpty() || snap.get().results().stream().anyMatch(r -> r.year() == year)) {
                    continue; // gone, or already has its result for this cycle
                }
                SubjectSnapshot s = snap.get();
                CycleOutcome outcome = evaluator.evaluate(cfg.config(), cfg.version(), s.subject().kind(),
                        s.entries().stream().map(ArchiveEntry::record).toList(),
                        s.facts().forPeriod(plan.period()), plan.period());
                subjects.add(s);
                results.add(CycleResult.of(tenant, subjectId, s.subject().kind(), plan.period(), cfg.version(), 1,
                        outcome, ResultStatus.PROPOSED, plan.noticeDate(), plan.deadlines().get(kind), null,
                        clock.instant(), CycleResult.CAUSE_CYCLE, null, null));
            }
            hook.beforeCommit(tenant, year, kind.name(), run.done());
            boolean lastOfChunk = end >= chunkIds.size();
            repository.commitPage(run, owner, leaseEnd(), results, lastOfChunk ? run.chunk() + 1 : run.chunk(),
                    lastOfChunk ? 0 : end);
            run = repository.run(tenant, year, kind).orElseThrow();
            hook.afterCommit(tenant, year, kind.name(), run.done());
            for (int i = 0; i < results.size(); i++) {
                notifier.notify(subjects.get(i).subject(), notice(cfg, results.get(i)));
            }
        }
    }

    /**
     * The kind's subjects without a result of the year, sorted: everyone for a new run, the subjects registered since
     * for a completed one (issue 12.1). A subject already evaluated keeps its result; what changed for it since
     * (corrections, repairs, facts) revises that result instead (ResultRevision).
     */
    private List<String> newcomers(String tenant, int year, SubjectKind kind) {
        java.util.Set<String> evaluated = repository.resultSubjectIds(tenant, year, kind);
        return repository.subjectIds(tenant, kind).stream().filter(id -> !evaluated.contains(id)).toList();
    }

    private cn.yixin.api.notification.Notice notice(ActiveConfig cfg, CycleResult r) {
        return ResultNotices.proposed(cfg.config(), cfg.config().timelines().objectionFilingDays(), r, clock.instant());
    }

    private Instant leaseEnd() {
        return clock.instant().plus(lease);
    }

    static DomainException inProgress(CycleRun run) {
        return new DomainException(DomainException.Kind.CONFLICT, "CYCLE_RUN_IN_PROGRESS",
                run.year() + " 年度“" + run.kind().nameZh() + "”的信用评价正在进行（已完成 " + run.done() + "/"
                        + run.total() + "），请稍后查看进度或再次发起以继续。",
                "The " + run.year() + " evaluation of " + run.kind() + " is already running (" + run.done() + "/"
                        + run.total() + " done); check its progress, or start again later to continue it.",
                Map.of("done", run.done(), "total", run.total(), "subjectKind", run.kind().name()));
    }
}
