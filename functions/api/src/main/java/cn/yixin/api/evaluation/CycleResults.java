package cn.yixin.api.evaluation;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.Page;
import cn.yixin.store.ResultMark;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reading and publishing cycle results, and the hook objections use.
 *
 * <p><b>For objections (issue 4, through {@link EvaluationResultDisputes}):</b> {@link #markFor} gives the mark
 * (异议标注, the case id on the latest version) that the objection case's own transaction writes; it moves a proposed
 * result to UNDER_OBJECTION, so publication waits; when the objection is decided, {@link ResultRevision#revise} makes a new version if the result is
 * corrected, then {@link #releaseObjection} removes the mark and makes a held result PROPOSED again: its deadline
 * has passed, so the next sweep (or "publish now") publishes it. A published result keeps its status and only
 * carries the mark.
 */
@Singleton
public class CycleResults {

    private static final int PUBLISH_PAGE = 200;

    private final EvaluationRepository repository;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final Clock clock;

    public CycleResults(EvaluationRepository repository, SubjectRepository subjects, TenantDirectory tenants,
                        LiveGrading grading, Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.tenants = tenants;
        this.grading = grading;
        this.clock = clock;
    }

    /** Every version of every cycle of a subject, oldest first; the subject itself may read its own. */
    public List<CycleResult> history(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        return repository.results(caller.tenant(), subjectId);
    }

    public Page<CycleResult> list(Caller caller, int year, SubjectKind kind, String grade, ResultStatus status,
                                  String cursor, int limit) {
        tenants.current(caller.tenant()).config().schemeFor(kind);
        return repository.list(caller.tenant(), year, kind, grade, status, cursor, limit);
    }

    public List<CycleRun> runs(String tenantId, int year) {
        return repository.runs(tenantId).stream().filter(r -> r.year() == year).toList();
    }

    /** What publication did: results published now, and results still waiting (window open or under objection). */
    public record Publication(int published, int waiting) {
    }

    /**
     * Publishes every latest result whose objection window has closed (the day after its deadline) and that is not
     * under objection (R-5.7, 001 §27), for one year or, with {@code year == null}, every year not yet fully
     * published. Idempotent: a result is published once, by a conditional write.
     */
    public Publication publishDue(String tenantId, Integer year, LocalDate today) {
        int published = 0;
        int waiting = 0;
        for (CycleRun run : repository.runs(tenantId)) {
            if ((year != null && run.year() != year) || run.allPublished()) {
                continue;
            }
            int runWaiting = 0;
            String cursor = null;
            do {
                Page<CycleResult> page = repository.list(tenantId, run.year(), run.kind(), null, null, cursor, PUBLISH_PAGE);
                for (CycleResult r : page.items()) {
                    if (r.status() == ResultStatus.PUBLISHED) {
                        continue;
                    }
                    if (r.status() == ResultStatus.PROPOSED && today.isAfter(r.objectionDeadline())
                            && repository.changeStatus(r, ResultStatus.PROPOSED, ResultStatus.PUBLISHED, clock.instant())) {
                        published++;
                    } else {
                        runWaiting++;
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            waiting += runWaiting;
            if (runWaiting == 0 && run.status() == CycleRun.Status.COMPLETED) {
                // Nothing left to publish: later sweeps skip this run without reading its results.
                repository.markAllPublished(tenantId, run.year(), run.kind());
            }
        }
        return new Publication(published, waiting);
    }

    public Publication publishDue(Caller caller, int year) {
        return publishDue(caller.tenant(), year, grading.today());
    }

    /** an objection against a proposed result holds its publication. CONFLICT if it is not proposed. */
    /**
     * The mark an objection case writes in its own transaction: a proposed result becomes UNDER_OBJECTION (its
     * publication waits), a published one keeps its status and carries the case. Empty when already marked by it.
     */
    public Optional<ResultMark> markFor(String tenantId, String subjectId, int year, String caseId) {
        CycleResult r = latestOrFail(tenantId, subjectId, year);
        if (caseId.equals(r.objectionCase())) {
            return Optional.empty(); // the same case again: already marked
        }
        ResultStatus to = r.status() == ResultStatus.PROPOSED ? ResultStatus.UNDER_OBJECTION : r.status();
        return Optional.of(new ResultMark(r, r.status(), to, caseId));
    }

    /** Marks on its own (without a case transaction): for the results side's own tests and tools. */
    public CycleResult markUnderObjection(String tenantId, String subjectId, int year, String caseId) {
        Optional<ResultMark> mark = markFor(tenantId, subjectId, year, caseId);
        if (mark.isEmpty()) {
            return latestOrFail(tenantId, subjectId, year);
        }
        ResultMark m = mark.get();
        if (!repository.markObjection(m.result(), m.from(), m.to(), caseId)) {
            throw changedConcurrently();
        }
        return latestOrFail(tenantId, subjectId, year);
    }

    /** The objection is decided: the (possibly revised) latest version is PROPOSED again and publishes when due. */
    public CycleResult releaseObjection(String tenantId, String subjectId, int year) {
        CycleResult r = latestOrFail(tenantId, subjectId, year);
        if (r.status() == ResultStatus.UNDER_OBJECTION || r.objectionCase() != null) {
            ResultStatus to = r.status() == ResultStatus.UNDER_OBJECTION ? ResultStatus.PROPOSED : r.status();
            repository.markObjection(r, r.status(), to, null);
        }
        return latestOrFail(tenantId, subjectId, year);
    }

    /** A result changed between reading and writing it (a race with publication, a revision or another case). */
    public static DomainException changedConcurrently() {
        return ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该评价结果", "This result"));
    }

    public Optional<CycleResult> latest(String tenantId, String subjectId, int year) {
        return repository.latest(tenantId, subjectId, year);
    }

    CycleResult latestOrFail(String tenantId, String subjectId, int year) {
        return repository.latest(tenantId, subjectId, year).orElseThrow(() -> ProblemCode.RESULT_NOT_FOUND.of(ProblemCode.Bilingual.of(year + " 年度", "for " + year)));
    }
}
