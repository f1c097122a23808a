package cn.yixin.domain.evaluation;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a subject's result in one cycle. Version 1 is the proposed result a run produces (拟确定的评价结果,
 * ); every later change (a correction, an objection decided for the subject, a repair, a listing) is a new
 * version with its reason and basis, and older versions are kept (R-5.4 history, R-5.7 Guangdong §22). Validity is
 * not stored: a published version is valid from its publication until the next version or cycle is published
 * which the reader derives from the subject's history.
 *
 * @param grade       the grade, or {@link CycleOutcome#NOT_EVALUATED}
 * @param score       null for severity-count schemes and for subjects not evaluated
 * @param exclusion   why the subject is not evaluated, or null
 * @param exclusionBasis the article of the tenant's source that sets that exclusion (R-5.6, issue 12.3), or null
 * @param cause       CYCLE for the run's result; CORRECTION, OBJECTION, REPAIR, LISTING, REVISION for later versions
 * @param reason      why this version exists (null for CYCLE)
 * @param basis       the document or decision it rests on (null for CYCLE)
 * @param noticeDate  the day the subject was notified of this version
 * @param objectionDeadline last working day to object, counted on the tenant's calendar from the notice
 * @param publishedAt null until published
 * @param objectionCase the objection case that disputes this version (异议标注, R-6.4), or null
 */
public record CycleResult(String tenantId, String subjectId, SubjectKind kind, int year, int version,
                          ResultStatus status, String grade, String gradeName, Integer score, Exclusion exclusion,
                          String exclusionBasis,
                          boolean lowestGradeOverride, String scheme, int configVersion, LocalDate asOf,
                          LocalDate noticeDate, LocalDate objectionDeadline, Instant publishedAt, Instant createdAt,
                          String cause, String reason, String basis, List<Standing.Line> explanation,
                          String objectionCase) {

    public static final String CAUSE_CYCLE = "CYCLE";

    public CycleResult {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    public boolean evaluated() {
        return exclusion == null;
    }

    /** Same outcome: a revision that changes none of these is not a new version. */
    public boolean sameOutcome(CycleResult other) {
        return grade.equals(other.grade) && java.util.Objects.equals(score, other.score) && exclusion == other.exclusion;
    }

    public CycleResult withStatus(ResultStatus s, Instant published) {
        return new CycleResult(tenantId, subjectId, kind, year, version, s, grade, gradeName, score, exclusion,
                exclusionBasis, lowestGradeOverride, scheme, configVersion, asOf, noticeDate, objectionDeadline, published, createdAt,
                cause, reason, basis, explanation, objectionCase);
    }

    /** Builds version 1 or a later version from a cycle outcome. */
    public static CycleResult of(String tenantId, String subjectId, SubjectKind kind, CyclePeriod period,
                                 int configVersion, int version, CycleOutcome o, ResultStatus status,
                                 LocalDate noticeDate, LocalDate deadline, Instant publishedAt, Instant createdAt,
                                 String cause, String reason, String basis) {
        if (o.excluded()) {
            return new CycleResult(tenantId, subjectId, kind, period.year(), version, status,
                    CycleOutcome.NOT_EVALUATED, "不参与评价", null, o.exclusion(), o.exclusionBasis(), false, null, configVersion,
                    period.asOf(), noticeDate, deadline, publishedAt, createdAt, cause, reason, basis, List.of(), null);
        }
        var e = o.evaluation();
        List<Standing.Line> lines = e.contributions().stream()
                .map(c -> new Standing.Line(c.recordId(), c.indicator(), c.points(), c.note(), c.indicatorName())).toList();
        return new CycleResult(tenantId, subjectId, kind, period.year(), version, status, e.grade(), e.gradeName(),
                e.score(), null, null, e.lowestGradeOverride(), e.scheme(), configVersion, period.asOf(), noticeDate,
                deadline, publishedAt, createdAt, cause, reason, basis, lines, null);
    }
}
