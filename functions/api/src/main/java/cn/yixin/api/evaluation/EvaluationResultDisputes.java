package cn.yixin.api.evaluation;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.objection.ResultDisputes;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.objection.Outcome;
import cn.yixin.store.ResultMark;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results side of objections (R-6.4, contract in {@link ResultDisputes}). A result is named
 * {@code E<year>-<subjectId>} (the cycle's result, whatever its version); {@code E<year>-<subjectId>-v<n>}, the
 * reference printed on notices, names the same result.
 */
@Singleton
public class EvaluationResultDisputes implements ResultDisputes {

    private static final Pattern ID = Pattern.compile("E(\\d{4})-(.+?)(?:-v\\d+)?");

    private final CycleResults results;
    private final ResultRevision revision;

    public EvaluationResultDisputes(CycleResults results, ResultRevision revision) {
        this.results = results;
        this.revision = revision;
    }

    public static String resultId(CycleResult r) {
        return "E" + r.year() + "-" + r.subjectId();
    }

    @Override
    public Optional<DisputedResult> find(String tenantId, String subjectId, String resultId) {
        return year(subjectId, resultId).flatMap(y -> results.latest(tenantId, subjectId, y)).map(r ->
                new DisputedResult(resultId(r), r.subjectId(), r.status().name(), r.grade(), r.score(),
                        r.noticeDate(), r.tenantId(), summary(r)));
    }

    @Override
    public Optional<ResultMark> markFor(String tenantId, String subjectId, String resultId, String caseId) {
        return results.markFor(tenantId, subjectId, yearOrFail(subjectId, resultId), caseId);
    }

    @Override
    public void clearObjection(String tenantId, String subjectId, String resultId, String caseId, Outcome outcome,
                               String reasonZh) {
        int year = yearOrFail(subjectId, resultId);
        CycleResult latest = results.latestOrFail(tenantId, subjectId, year);
        if (latest.objectionCase() != null && !caseId.equals(latest.objectionCase())) {
            return; // marked by another case: not ours to clear
        }
        if (outcome == Outcome.CORRECTED) {
            // Idempotent: a second call finds the outcome unchanged and writes nothing.
            revision.revise(tenantId, subjectId, year, ResultRevision.Cause.OBJECTION, reasonZh, "异议处理决定 " + caseId);
        }
        results.releaseObjection(tenantId, subjectId, year);
    }

    private static String summary(CycleResult r) {
        String outcome = r.evaluated()
                ? r.grade() + "级" + (r.score() == null ? "" : "（" + r.score() + "分）")
                : "不参与评价（" + r.exclusion().zh() + "）";
        return r.year() + "年度信用评价结果：" + outcome;
    }

    private static Optional<Integer> year(String subjectId, String resultId) {
        Matcher m = ID.matcher(resultId == null ? "" : resultId);
        return m.matches() && m.group(2).equals(subjectId) ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private int yearOrFail(String subjectId, String resultId) {
        return year(subjectId, resultId).orElseThrow(() -> ProblemCode.RESULT_NOT_FOUND.of(ProblemCode.Bilingual.of("编号为 " + resultId, resultId)));
    }
}
