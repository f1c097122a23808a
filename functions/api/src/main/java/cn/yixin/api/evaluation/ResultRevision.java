package cn.yixin.api.evaluation;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.credit.CorrectedResults;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.notification.Notifier;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.evaluation.CycleEvaluator;
import cn.yixin.domain.evaluation.CycleOutcome;
import cn.yixin.domain.evaluation.CyclePeriod;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.tenant.RepairRegrade;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.SubjectSnapshot;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A change to a cycle result after it was notified or published (R-5.7, Guangdong 004 §22): the subject is evaluated
 * again for that cycle, under the cycle's configuration version and as of the period's last day, from the archive and
 * facts as they are now. If the outcome differs, a new version is written (the old one stays in the history) and the
 * subject gets a notice with the reason and basis. A published result's new version is published at once and is
 * valid from now; a proposed one stays proposed.
 */
@Singleton
public class ResultRevision implements CorrectedResults {

    /**
     * Why a result changes. REPAIR follows the tenant's repair policy; FACTS: agreement or fund-expenditure
     * facts recorded after the result (R-5.6, issue 12.1).
     */
    public enum Cause { CORRECTION, OBJECTION, REPAIR, LISTING, REVISION, FACTS }

    private static final int ATTEMPTS = 3;

    private final EvaluationRepository repository;
    private final TenantDirectory tenants;
    private final Notifier notifier;
    private final LiveGrading grading;
    private final Clock clock;
    private final CycleEvaluator evaluator = new CycleEvaluator();

    public ResultRevision(EvaluationRepository repository, TenantDirectory tenants, Notifier notifier,
                          LiveGrading grading, Clock clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.notifier = notifier;
        this.grading = grading;
        this.clock = clock;
    }

    /**
     * Re-evaluates the subject's result of {@code year}; empty when the outcome is unchanged (nothing written,
     * nobody notified) or when a repair waits for the next cycle under the tenant's policy (Nanchuan 001 §34).
     */
    public Optional<CycleResult> revise(String tenantId, String subjectId, int year, Cause cause, String reason,
                                        String basis) {
        for (int attempt = 1; ; attempt++) {
            SubjectSnapshot s = repository.snapshot(tenantId, subjectId).orElseThrow(() -> ProblemCode.SUBJECT_NOT_FOUND.of(ProblemCode.Bilingual.of("编号为 " + subjectId, subjectId)));
            CycleResult previous = s.results().stream().filter(r -> r.year() == year)
                    .max(Comparator.comparingInt(CycleResult::version))
                    .orElseThrow(() -> ProblemCode.RESULT_NOT_FOUND.of(ProblemCode.Bilingual.of(year + " 年度", "for " + year)));
            ActiveConfig current = tenants.current(tenantId);
            if (cause == Cause.REPAIR && current.config().evaluation().repairRegrade() == RepairRegrade.NEXT_CYCLE) {
                return Optional.empty();
            }
            ActiveConfig cfg = tenants.version(tenantId, previous.configVersion());
            CyclePeriod period = CyclePeriod.of(cfg.config().evaluation().cycle(), year);
            CycleOutcome outcome = evaluator.evaluate(cfg.config(), cfg.version(), s.subject().kind(),
                    s.entries().stream().map(ArchiveEntry::record).toList(), s.facts().forPeriod(period), period);
            LocalDate today = grading.today();
            boolean published = previous.status() == ResultStatus.PUBLISHED;
            LocalDate deadline = published
                    ? cfg.calendar().addWorkingDays(today, cfg.config().timelines().objectionFilingDays())
                    : previous.objectionDeadline();
            CycleResult next = CycleResult.of(tenantId, subjectId, s.subject().kind(), period, cfg.version(),
                    previous.version() + 1, outcome, previous.status(), today, deadline,
                    published ? clock.instant() : null, clock.instant(), cause.name(), reason, basis);
            if (next.sameOutcome(previous)) {
                return Optional.empty();
            }
            try {
                repository.revise(previous, next);
            } catch (ConcurrentUpdate raced) {
                if (attempt >= ATTEMPTS) {
                    throw CycleResults.changedConcurrently();
                }
                continue;
            }
            notifier.notify(s.subject(), ResultNotices.changed(current.config(), previous, next, clock.instant()));
            return Optional.of(next);
        }
    }

    /**
     * After a record of the subject is corrected: if the subject has a result of its latest cycle, that
     * result is revised when the correction changes it. A subject without results is left alone, and so is a result
     * under objection (the objection's decision revises it).
     */
    @Override
    public Optional<CycleResult> afterCorrection(String tenantId, String subjectId, String recordId, String reason) {
        return afterArchiveChange(tenantId, subjectId, Cause.CORRECTION, reason, "信用信息更正（原记录 " + recordId + "）");
    }

    /**
     * The same revision, decided from the archive entry alone: what the table-stream consumer
     * ({@link ResultRevisionStreamHandler}) does for every new entry, so that a correction or repair whose request
     * failed between its archive transaction and its revision still moves the result. A correction (an entry that
     * supersedes another) revises as {@code CORRECTION}, a repair entry as {@code REPAIR}; every other entry is left
     * alone (new records move live grades, not cycle results). Idempotent: when the request's own revision already
     * happened, the re-evaluation finds the same outcome and writes nothing.
     */
    public Optional<CycleResult> afterEntry(String tenantId, CreditRecord entry) {
        if (entry.supersedes() == null) {
            return Optional.empty();
        }
        if (RepairEffect.isRepairEntry(entry)) {
            return afterArchiveChange(tenantId, entry.subjectId(), Cause.REPAIR, entry.summary(),
                    "信用修复（档案记录 " + entry.id() + "）");
        }
        return afterArchiveChange(tenantId, entry.subjectId(), Cause.CORRECTION, entry.summary(),
                "信用信息更正（原记录 " + entry.supersedes() + "）");
    }

    /**
     * After the subject's archive changed (a correction, an executed repair): the latest cycle's result is revised
     * when the change moves it, with the cause, the reason and its basis in the notice. Under REPAIR the
     * tenant's policy decides whether the current cycle's result moves at all.
     */
    public Optional<CycleResult> afterArchiveChange(String tenantId, String subjectId, Cause cause, String reason,
                                                    String basis) {
        var all = repository.results(tenantId, subjectId);
        Optional<Integer> latestYear = all.stream().map(CycleResult::year).max(Integer::compare);
        if (latestYear.isEmpty()) {
            return Optional.empty();
        }
        CycleResult latest = all.get(all.size() - 1);
        if (latest.objectionCase() != null) {
            // The result is under an objection: its decision revises it (cause OBJECTION, the case as basis), so a
            // correction made while deciding it is not announced twice.
            return Optional.empty();
        }
        return revise(tenantId, subjectId, latestYear.get(), cause, reason, basis);
    }
}
