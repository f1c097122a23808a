package cn.yixin.api.evaluation;

import cn.yixin.api.tenancy.Rulebook;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.subject.Standing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What the evaluation operations answer. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    @Serdeable
    public record Exclusion(String code, String zh, String en, @Nullable String basis) {
    }

    /**
     * One result version. {@code validFrom}/{@code validUntil} are given in a subject's history, where the
     * next publication is known: a published version is valid from its publication until the next published
     * version of any cycle; {@code current} marks the one in force now.
     */
    @Serdeable
    public record Result(String subjectId, String kind, int year, int version, ResultStatus status, String grade,
                         String gradeName, @Nullable Integer score, boolean evaluated, @Nullable Exclusion exclusion,
                         boolean lowestGradeOverride, int configVersion, LocalDate asOf, LocalDate noticeDate,
                         LocalDate objectionDeadline, @Nullable Instant publishedAt, @Nullable Instant validFrom,
                         @Nullable Instant validUntil, boolean current, String cause, @Nullable String reason,
                         @Nullable String basis, List<Standing.Line> explanation, String resultId,
                         @Nullable String objectionCase, @Nullable Integer supersededBy,
                         @Nullable ResultStatus statusWhenSuperseded, @Nullable String disputedBy) {
    }

    public static Result of(CycleResult r, Instant validUntil, boolean current) {
        var ex = r.exclusion() == null ? null
                : new Exclusion(r.exclusion().name(), r.exclusion().zh(), r.exclusion().en(), r.exclusionBasis());
        return new Result(r.subjectId(), r.kind().name(), r.year(), r.version(), r.status(), r.grade(), r.gradeName(),
                r.score(), r.evaluated(), ex, r.lowestGradeOverride(), r.configVersion(), r.asOf(), r.noticeDate(),
                r.objectionDeadline(), r.publishedAt(), r.publishedAt(), validUntil, current, r.cause(), r.reason(),
                r.basis(), r.explanation(), EvaluationResultDisputes.resultId(r), r.objectionCase(), null, null,
                null);
    }

    /**
     * Issue 12.8: a version a later one replaced shows SUPERSEDED first, with the version that replaced it; the status
     * it had then and the objection case that disputed it are history ({@code statusWhenSuperseded},
     * {@code disputedBy}), not a pending objection.
     */
    static Result superseded(Result r, int by) {
        return new Result(r.subjectId(), r.kind(), r.year(), r.version(), ResultStatus.SUPERSEDED, r.grade(),
                r.gradeName(), r.score(), r.evaluated(), r.exclusion(), r.lowestGradeOverride(), r.configVersion(),
                r.asOf(), r.noticeDate(), r.objectionDeadline(), r.publishedAt(), r.validFrom(), r.validUntil(),
                r.current(), r.cause(), r.reason(), r.basis(), r.explanation(), r.resultId(), null, by, r.status(),
                r.objectionCase());
    }

    public static Result brief(CycleResult r) {
        var full = of(r, null, false);
        return new Result(full.subjectId(), full.kind(), full.year(), full.version(), full.status(), full.grade(),
                full.gradeName(), full.score(), full.evaluated(), full.exclusion(), full.lowestGradeOverride(),
                full.configVersion(), full.asOf(), full.noticeDate(), full.objectionDeadline(), full.publishedAt(),
                full.publishedAt(), null, false, full.cause(), full.reason(), full.basis(), List.of(),
                full.resultId(), full.objectionCase(), null, null, null);
    }

    /** A subject's history with validity derived from the order of publication. */
    public static List<Result> history(List<CycleResult> versions) {
        List<CycleResult> published = versions.stream().filter(v -> v.publishedAt() != null)
                .sorted(Comparator.comparing(CycleResult::publishedAt)).toList();
        List<Result> out = new ArrayList<>();
        for (CycleResult v : versions) {
            int i = published.indexOf(v);
            Instant until = i >= 0 && i + 1 < published.size() ? published.get(i + 1).publishedAt() : null;
            boolean current = i >= 0 && i == published.size() - 1;
            Result view = of(v, until, current);
            Optional<Integer> next = versions.stream().filter(o -> o.year() == v.year() && o.version() > v.version())
                    .map(CycleResult::version).min(Integer::compare);
            out.add(next.isPresent() ? superseded(view, next.get()) : view);
        }
        return out;
    }

    @Serdeable
    public record History(String subjectId, @Nullable Result current, List<Result> versions) {
    }

    public static History historyOf(String subjectId, List<CycleResult> versions) {
        List<Result> all = history(versions);
        return new History(subjectId, all.stream().filter(Result::current).findFirst().orElse(null), all);
    }

    @Serdeable
    public record ResultPage(List<Result> items, @Nullable String nextCursor) {
    }

    @Serdeable
    public record Run(String kind, int year, int configVersion, String status, int done, int total,
                      int percent, boolean working, @Nullable Instant startedAt, @Nullable String startedBy,
                      @Nullable Instant completedAt, boolean allPublished) {
    }

    public static Run of(CycleRun r, Instant now) {
        int percent = r.total() == 0 ? (r.status() == CycleRun.Status.COMPLETED ? 100 : 0) : (int) (100L * r.done() / r.total());
        boolean working = r.owner() != null && r.leaseUntil() != null && r.leaseUntil().isAfter(now);
        return new Run(r.kind().name(), r.year(), r.configVersion(), r.status().name(), r.done(), r.total(), percent,
                working, r.startedAt(), r.startedBy(), r.completedAt(), r.allPublished());
    }

    @Serdeable
    public record Runs(int year, boolean complete, List<Run> runs, @Nullable Rulebook rulebook) {
    }

    @Serdeable
    public record KindStatistics(String kind, int configVersion, String runStatus, long total,
                                 Map<String, Long> byGrade) {
    }

    /** Distribution by kind and grade of the latest versions (R-5.8 statistics). */
    @Serdeable
    public record Statistics(int year, long total, Map<String, Long> byGrade, List<KindStatistics> kinds) {
    }

    public static Statistics statistics(int year, List<CycleRun> runs) {
        Map<String, Long> all = new TreeMap<>();
        List<KindStatistics> kinds = new ArrayList<>();
        long total = 0;
        for (CycleRun r : runs.stream().sorted(Comparator.comparing(CycleRun::kind)).toList()) {
            Map<String, Long> counts = new TreeMap<>();
            r.counts().forEach((g, n) -> {
                if (n != 0) {
                    counts.put(g, n);
                }
            });
            long kindTotal = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.forEach((g, n) -> all.merge(g, n, Long::sum));
            total += kindTotal;
            kinds.add(new KindStatistics(r.kind().name(), r.configVersion(), r.status().name(), kindTotal, counts));
        }
        return new Statistics(year, total, all, kinds);
    }

    @Serdeable
    public record Facts(@Nullable Agreement agreement, List<Fund> fundExpenditure) {
    }

    @Serdeable
    public record Agreement(String status, String statusZh, @Nullable LocalDate endedOn, @Nullable String note,
                            String recordedBy, Instant recordedAt) {
    }

    @Serdeable
    public record Fund(int year, BigDecimal amountYuan, String recordedBy, Instant recordedAt) {
    }

    public static Facts of(SubjectFacts f) {
        var a = f.agreement();
        return new Facts(a == null ? null : new Agreement(a.status().name(), a.status().nameZh(), a.endedOn(), a.note(),
                a.recordedBy(), a.recordedAt()),
                f.fundExpenditure().values().stream().map(x -> new Fund(x.year(),
                        BigDecimal.valueOf(x.amountFen(), 2), x.recordedBy(), x.recordedAt())).toList());
    }

    @Serdeable
    public record Publication(int year, int published, int waiting, @Nullable Rulebook rulebook) {
    }

    @Serdeable
    public record Revision(boolean changed, @Nullable Result result, @Nullable Rulebook rulebook) {
    }
}
