package cn.yixin.domain.evaluation;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.tenant.EvaluationCycle;

import java.time.LocalDate;
import java.util.Map;

/**
 * One evaluation period of a tenant. A natural year is the only cycle any source uses ({@link EvaluationCycle});
 * the switch is where another one (a fiscal year, a half-year) would go, read from the tenant's configuration.
 */
public record CyclePeriod(EvaluationCycle cycle, int year, LocalDate start, LocalDate end) {

    /** Periods are named by the year they end in; years before 2000 or after 2100 are typos, not periods. */
    public static CyclePeriod of(EvaluationCycle cycle, int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemCode.INVALID_CYCLE_YEAR.onField("year", ProblemCode.Bilingual.of("评价年度 " + year + " ", "evaluation year " + year), 2000, 2100);
        }
        return switch (cycle) {
            case CALENDAR_YEAR -> new CyclePeriod(cycle, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }

    /** The evaluation date: records in effect on the period's last day count. */
    public LocalDate asOf() {
        return end;
    }

    /** A period is evaluated only once it is over: a result for a year still running would grade half a year. */
    public void requireEnded(LocalDate today) {
        if (!today.isAfter(end)) {
            throw new DomainException(DomainException.Kind.INVALID, "PERIOD_NOT_ENDED",
                    year + " 年度评价周期" + DeadlineText.zhThrough(end) + "，结束后才能开展该周期的信用评价。",
                    "The " + year + " evaluation period runs " + DeadlineText.enThrough(end) + "; it can be evaluated only after it ends.",
                    Map.of("field", "year", "periodEnd", end.toString()));
        }
    }
}
