package cn.yixin.domain.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one way Yixin states a date and a last day in words (issue 12.7). Every deadline a notice, a letter, a
 * document or a refusal states is the <em>last day on which the act is still in time</em> (R-10.1: windows count
 * working days and end on the day {@link WorkingDayCalendar#addWorkingDays} returns), so it is always written with
 * that day included, never as "before" a date:
 *
 * <ul>
 *   <li>{@link #zhLastDay}: {@code 截止 2026年12月16日（含当日）}</li>
 *   <li>{@link #enLastDay}: {@code by 16 December 2026 (inclusive)}</li>
 *   <li>{@link #zhThrough} / {@link #enThrough}: a period's end, {@code 至 2026年12月16日（含当日）} /
 *       {@code through 16 December 2026 (inclusive)}</li>
 * </ul>
 *
 * Plain dates (a notice date, a received date) use {@link #zhDate} / {@link #enDate}.
 */
public final class DeadlineText {

    private DeadlineText() {
    }

    /** {@code 2026年12月16日}; empty for null. */
    public static String zhDate(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** {@code 16 December 2026}; empty for null. */
    public static String enDate(LocalDate d) {
        return d == null ? "" : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + d.getYear();
    }

    /** {@code 截止 2026年12月16日（含当日）}: the last day on which the act is in time. */
    public static String zhLastDay(LocalDate d) {
        return "截止 " + zhDate(d) + "（含当日）";
    }

    /** {@code by 16 December 2026 (inclusive)}. */
    public static String enLastDay(LocalDate d) {
        return "by " + enDate(d) + " (inclusive)";
    }

    /** {@code 至 2026年12月16日（含当日）}: the last day of a period (a publicity, a validity). */
    public static String zhThrough(LocalDate d) {
        return "至 " + zhDate(d) + "（含当日）";
    }

    /** {@code through 16 December 2026 (inclusive)}. */
    public static String enThrough(LocalDate d) {
        return "through " + enDate(d) + " (inclusive)";
    }
}
