package cn.yixin.domain.calendar;

import cn.yixin.domain.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One year of the State Council's holiday notice as the platform operator loads it over the API (issue 12.11,
 * ), validated as a whole: every problem is reported at once, each naming its field
 * ({@code holidays[3].date}), in Chinese and English, without repeating the values sent.
 *
 * <ul>
 *   <li>the year is one a calendar can hold (2000–2100) and the source document is named;</li>
 *   <li>every date is an ISO date ({@code YYYY-MM-DD}) in that year, listed once, with the holiday's name;</li>
 *   <li>make-up workdays (调休上班日) are Saturdays or Sundays, and no day is both a holiday and a make-up day.</li>
 * </ul>
 */
public final class HolidayNotice {

    /** One listed day: an ISO date and the holiday it belongs to. */
    public record Day(String date, String name) {
    }

    /** A validated notice: the year's days and the document they come from. */
    public record Validated(YearSpec spec, String source) {
    }

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_SOURCE = 300;
    private static final int MAX_DAYS = 120;

    private HolidayNotice() {
    }

    /**
     * @throws DomainException INVALID {@code HOLIDAY_NOTICE_INVALID}: {@code field} is the first field at fault,
     *                         {@code details.problems} lists every one ({@code field}, {@code zh}, {@code en})
     */
    public static Validated validate(int year, String source, List<Day> holidays, List<Day> makeUpWorkdays) {
        List<Map<String, String>> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            add(problems, "year", "年份应在 2000 至 2100 之间", "the year must be between 2000 and 2100");
        }
        if (source == null || source.isBlank()) {
            add(problems, "source", "请注明节假日安排通知的文件名称和文号", "name the holiday notice (title and number)");
        } else if (source.length() > MAX_SOURCE) {
            add(problems, "source", "文件名称过长（最多 " + MAX_SOURCE + " 字）",
                    "the source is too long (at most " + MAX_SOURCE + " characters)");
        }
        Map<LocalDate, String> off = days(problems, "holidays", holidays, year, true);
        Map<LocalDate, String> work = days(problems, "makeUpWorkdays", makeUpWorkdays, year, false);
        int i = 0;
        for (Day d : makeUpWorkdays == null ? List.<Day>of() : makeUpWorkdays) {
            String field = "makeUpWorkdays[" + i++ + "].date";
            LocalDate date = parse(d == null ? null : d.date());
            if (date == null || date.getYear() != year) {
                continue;
            }
            if (!YearSpec.isWeekend(date)) {
                add(problems, field, "调休上班日只能是周六或周日，该日本来就是工作日",
                        "a make-up workday must be a Saturday or a Sunday; this day is already a working day");
            }
            if (off.containsKey(date)) {
                add(problems, field, "该日同时列为节假日和调休上班日", "this day is listed both as a holiday and as a make-up workday");
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new Validated(new YearSpec(year, off, work), source.trim());
    }

    private static Map<LocalDate, String> days(List<Map<String, String>> problems, String list, List<Day> days,
                                               int year, boolean required) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        if (days == null || days.isEmpty()) {
            if (required) {
                add(problems, list, "请列出该年度的全部节假日", "list every holiday of the year");
            }
            return out;
        }
        if (days.size() > MAX_DAYS) {
            add(problems, list, "列出的日期过多（最多 " + MAX_DAYS + " 个）", "too many days (at most " + MAX_DAYS + ")");
            return out;
        }
        for (int i = 0; i < days.size(); i++) {
            String at = list + "[" + i + "]";
            Day d = days.get(i);
            if (d == null || d.date() == null || d.date().isBlank()) {
                add(problems, at + ".date", "缺少日期", "the date is missing");
                continue;
            }
            if (d.name() == null || d.name().isBlank()) {
                add(problems, at + ".name", "缺少节日名称", "the holiday's name is missing");
            }
            LocalDate date = parse(d.date());
            if (date == null) {
                add(problems, at + ".date", "日期应写成“年-月-日”的数字形式（如 " + year + "-01-01）",
                        "the date must be an ISO date, YYYY-MM-DD (e.g. " + year + "-01-01)");
            } else if (date.getYear() != year) {
                add(problems, at + ".date", "日期不在 " + year + " 年内", "the date is not in " + year);
            } else if (out.containsKey(date)) {
                add(problems, at + ".date", "该日期重复列出", "the date is listed twice");
            } else {
                out.put(date, d.name() == null ? "" : d.name().trim());
            }
        }
        return out;
    }

    private static LocalDate parse(String text) {
        if (text == null || !ISO.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void add(List<Map<String, String>> problems, String field, String zh, String en) {
        problems.add(Map.of("field", field, "zh", zh, "en", en));
    }

    private static DomainException invalid(List<Map<String, String>> problems) {
        Map<String, String> first = problems.get(0);
        StringBuilder zh = new StringBuilder("节假日安排有 " + problems.size() + " 处错误：");
        StringBuilder en = new StringBuilder("The holiday notice has " + problems.size() + " problem(s): ");
        for (int i = 0; i < problems.size(); i++) {
            Map<String, String> p = problems.get(i);
            zh.append(i == 0 ? "" : "；").append("第 ").append(i + 1).append(" 处：").append(p.get("zh"));
            en.append(i == 0 ? "" : "; ").append(p.get("field")).append(": ").append(p.get("en"));
        }
        zh.append("。各处错误所在的字段见返回的问题清单。");
        en.append(".");
        return new DomainException(DomainException.Kind.INVALID, "HOLIDAY_NOTICE_INVALID", zh.toString(), en.toString(),
                Map.of("field", first.get("field"), "problems", List.copyOf(problems)));
    }
}
