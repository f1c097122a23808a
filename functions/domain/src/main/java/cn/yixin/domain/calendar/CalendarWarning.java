package cn.yixin.domain.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * The platform's reminder that a holiday notice is due (issue 12.11, R-10.1): the State Council publishes next
 * year's notice in the autumn, and a deadline that runs into a year not loaded is refused. From 1 November a
 * calendar without next year is flagged; a calendar without the current year is flagged at any time.
 *
 * @param code {@code CURRENT_YEAR_NOT_LOADED} or {@code NEXT_YEAR_NOT_LOADED}
 */
public record CalendarWarning(String code, String calendar, int year, String zh, String en) {

    /** From this day of the year on, next year's notice is expected to be loaded. */
    public static final int FROM_MONTH = Month.NOVEMBER.getValue();

    public static Optional<CalendarWarning> check(WorkingDayCalendar calendar, LocalDate today) {
        int year = today.getYear();
        if (!calendar.hasYear(year)) {
            return Optional.of(new CalendarWarning("CURRENT_YEAR_NOT_LOADED", calendar.name(), year,
                    "工作日历 " + calendar.name() + " 尚未载入 " + year + " 年的节假日安排：按工作日计算的期限将无法确定，请立即载入。",
                    "Working-day calendar " + calendar.name() + " has no " + year + " holiday notice loaded: deadlines"
                            + " in working days cannot be computed; load it now."));
        }
        if (today.getMonthValue() >= FROM_MONTH && !calendar.hasYear(year + 1)) {
            return Optional.of(new CalendarWarning("NEXT_YEAR_NOT_LOADED", calendar.name(), year + 1,
                    "工作日历 " + calendar.name() + " 尚未载入 " + (year + 1) + " 年的节假日安排：跨入 " + (year + 1)
                            + " 年的期限将被拒绝计算，请在国务院办公厅通知发布后及时载入。",
                    "Working-day calendar " + calendar.name() + " has no " + (year + 1) + " holiday notice loaded:"
                            + " deadlines that run into " + (year + 1) + " will be refused; load the State Council's"
                            + " notice as soon as it is published."));
        }
        return Optional.empty();
    }
}
