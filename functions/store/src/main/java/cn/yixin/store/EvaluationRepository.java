package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.domain.evaluation.SubjectFacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evaluation cycles (R-5.4–5.7): subject facts, run state with its lease, roster, and versioned results. Every write
 * that must happen once is conditional, so re-running or resuming a run creates nothing twice.
 */
public interface EvaluationRepository {

    SubjectFacts facts(String tenantId, String subjectId);

    /** Replaces the agreement fact and/or one year's expenditure (either may be null), with the idempotent answer. */
    void recordFacts(String tenantId, String subjectId, SubjectFacts.Agreement agreement,
                     SubjectFacts.FundExpenditure fund, IdempotentResponse response);

    /**
     * The same, with the warnings the facts raise (R-8.1, a fund-expenditure jump) in the same transaction; a
     * warning already stored (a concurrent write of the same year raised it) is left as it is, never put twice.
     */
    void recordFacts(String tenantId, String subjectId, SubjectFacts.Agreement agreement,
                     SubjectFacts.FundExpenditure fund, List<cn.yixin.domain.monitoring.Warning> warnings,
                     IdempotentResponse response);

    /** The subject's partition in one query; empty if there is no such subject. */
    Optional<SubjectSnapshot> snapshot(String tenantId, String subjectId);

    /** Every subject id of a kind, sorted, deduplicated (from the kind/grade index). */
    List<String> subjectIds(String tenantId, SubjectKind kind);

    /** Every subject id with a result of {@code year} under {@code kind} (from the results' index: latest versions). */
    java.util.Set<String> resultSubjectIds(String tenantId, int year, SubjectKind kind);

    Optional<CycleRun> run(String tenantId, int year, SubjectKind kind);

    /**
     * Reopens a completed run for the subjects that arrived after it (issue 12.1): back to ROSTER at position 0,
     * leased to {@code owner}, not {@code allPublished}; its done count, counts by grade and version stay. False if
     * the run is not completed any more (another call reopened it).
     */
    boolean reopen(String tenantId, int year, SubjectKind kind, String owner, Instant until);

    List<CycleRun> runs(String tenantId);

    /** Creates the run item; false if a run for that year and kind already exists. */
    boolean createRun(CycleRun run);

    /**
     * Takes the run's lease for {@code owner} until {@code until}, if nobody else holds an unexpired one; false
     * otherwise. A completed run cannot be leased.
     */
    boolean takeLease(String tenantId, int year, SubjectKind kind, String owner, Instant now, Instant until);

    /**
     * Writes the roster chunks, then moves the run to RUNNING with its total (what it has done plus the roster);
     * {@link ConcurrentUpdate} if the lease is lost.
     */
    void writeRoster(CycleRun run, List<List<String>> chunks, String owner, Instant leaseUntil);

    List<String> rosterChunk(String tenantId, int year, SubjectKind kind, int chunk);

    /**
     * One page, all or nothing: the results (each only if the subject has none for the cycle yet), the run's new
     * position, progress, counts and pending notices, and the renewed lease. {@link ConcurrentUpdate} if the lease
     * was lost. Results that already exist are skipped (and not counted).
     */
    void commitPage(CycleRun run, String owner, Instant leaseUntil, List<CycleResult> results, int nextChunk,
                    int nextOffset);

    /** Forgets the pending notices once they are sent. */
    void clearPending(CycleRun run, String owner);

    void complete(CycleRun run, String owner, Instant at);

    void releaseLease(CycleRun run, String owner);

    void markAllPublished(String tenantId, int year, SubjectKind kind);

    /** Every version of every cycle of the subject, oldest first. */
    List<CycleResult> results(String tenantId, String subjectId);

    /** The latest version of the subject's result of {@code year}. */
    Optional<CycleResult> latest(String tenantId, String subjectId, int year);

    /** Latest versions of a cycle and kind, optionally of one grade key, in grade then subject order. */
    Page<CycleResult> list(String tenantId, int year, SubjectKind kind, String gradeKey, ResultStatus status,
                           String cursor, int limit);

    /**
     * Moves a latest version from one status to another (publication sets publishedAt); false if it is no longer in
     * {@code from} or no longer the latest.
     */
    boolean changeStatus(CycleResult result, ResultStatus from, ResultStatus to, Instant publishedAt);

    /**
     * Sets ({@code caseId} non-null) or removes the objection mark of a latest version, moving its status from
     * {@code from} to {@code to}; false if it is no longer in {@code from} or no longer the latest.
     */
    boolean markObjection(CycleResult result, ResultStatus from, ResultStatus to, String caseId);

    /**
     * Adds {@code next} as the new latest version after {@code previous}, moving the run's counts, in one
     * transaction; {@link ConcurrentUpdate} if {@code previous} is no longer the latest.
     */
    void revise(CycleResult previous, CycleResult next);
}
