package cn.yixin.domain.calendar;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of the State Council's holiday notice: the statutory days off and the weekend days declared
 * make-up workdays (调休). Ordinary weekends are implied and not listed.
 *
 * @param holidays        date → holiday name; weekend dates are allowed (they are part of the holiday block)
 * @param makeUpWorkdays  date → holiday name; only Saturdays and Sundays
 */
public record YearSpec(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {

    public YearSpec {
        holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
        makeUpWorkdays = Collections.unmodifiableMap(new TreeMap<>(makeUpWorkdays));
        for (LocalDate d : holidays.keySet()) {
            requireInYear(year, d, "holidays");
        }
        for (LocalDate d : makeUpWorkdays.keySet()) {
            requireInYear(year, d, "makeUpWorkdays");
            if (!isWeekend(d)) {
                throw invalid("makeUpWorkdays " + d + " is a " + d.getDayOfWeek()
                        + ", already a working day; only weekend days can be make-up workdays",
                        "调休上班日 " + d + " 本来就是工作日，只有周六、周日可以列为调休上班日");
            }
            if (holidays.containsKey(d)) {
                throw invalid(d + " is listed both as a holiday and as a make-up workday",
                        d + " 同时列为节假日和调休上班日");
            }
        }
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate d, String list) {
        if (d.getYear() != year) {
            throw invalid(list + " " + d + " is not in year " + year, list + " 中的 " + d + " 不属于 " + year + " 年");
        }
    }

    private static DomainException invalid(String en, String zh) {
        return ProblemCode.CALENDAR_INVALID.of(ProblemCode.Bilingual.of(zh, en));
    }
}
