package cn.yixin.domain.monitoring;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Severity;

import java.util.Set;

/**
 * The condition of one warning rule. Only the fields of its {@link ConditionKind} are set; the others are null or
 * empty.
 *
 * @param count      NEGATIVE_RECORDS: how many records (at least 1); ELIGIBILITY_POINTS: the year's points (1–12)
 *                   at or above which the rule raises
 * @param windowDays NEGATIVE_RECORDS: the rolling window in days, counted back from the newest record's date;
 *                   REPEAT_AFTER_REPAIR: how many days after the repair a repeat still raises
 * @param categories NEGATIVE_RECORDS, REPEAT_AFTER_REPAIR: the categories that count; empty = every category
 * @param severities NEGATIVE_RECORDS: the severities that count; empty = every severity
 * @param steps      GRADE_DROP: the least number of grade steps
 * @param score      SCORE_BELOW: the threshold; a score under it raises
 * @param percent    FUND_EXPENDITURE_JUMP: the year-on-year increase that raises when exceeded
 */
public record WarningCondition(ConditionKind kind, Integer count, Integer windowDays, Set<InfoCategory> categories,
                               Set<Severity> severities, Integer steps, Integer score, Integer percent) {

    public WarningCondition {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }

    public static WarningCondition of(ConditionKind kind) {
        return new WarningCondition(kind, null, null, null, null, null, null, null);
    }
}
