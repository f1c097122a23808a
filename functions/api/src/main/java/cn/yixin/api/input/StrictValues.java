package cn.yixin.api.input;

import cn.yixin.api.problem.InputRejected;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one definition of what a date, an integer and a boolean look like in this API, wherever they arrive (JSON
 * body, path, query string, CSV cell): ASCII only, one spelling, within a sane range. Full-width digits, compact
 * dates ({@code 20270301}), years 0000, -2026 or +99999, and {@code ""} for false are all refused.
 */
public final class StrictValues {

    /** No credit fact of the People's Republic's medical-insurance system is dated before its founding day. */
    public static final LocalDate EARLIEST = InputRejected.EARLIEST;
    /** Nothing in this system is planned past the end of this century. */
    public static final LocalDate LATEST = InputRejected.LATEST;

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public static final String DATE_ZH = InputRejected.DATE_ZH;
    public static final String DATE_EN = InputRejected.DATE_EN;

    private StrictValues() {
    }

    /** The date this text spells, or an {@link InputRejected} that says how to write one. */
    public static LocalDate date(String text) throws InputRejected {
        if (text == null || !DATE.matcher(text).matches()) {
            throw dateRejected();
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw dateRejected();
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw dateRejected();
        }
        return d;
    }

    /** An integer in [min, max] written in ASCII digits, optionally with a minus sign. */
    public static long integer(String text, long min, long max) throws InputRejected {
        if (text == null || !INTEGER.matcher(text).matches()) {
            throw integerRejected(min, max);
        }
        long v = Long.parseLong(text);
        if (v < min || v > max) {
            throw integerRejected(min, max);
        }
        return v;
    }

    /** {@code true} or {@code false}, nothing else. */
    public static boolean bool(String text) throws InputRejected {
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        throw booleanRejected();
    }

    static InputRejected dateRejected() {
        return new InputRejected("INVALID_DATE", DATE_ZH, DATE_EN);
    }

    static InputRejected integerRejected(long min, long max) {
        return new InputRejected("INVALID_VALUE", min + " 至 " + max + " 之间的整数（不加引号的数字）",
                "a whole number from " + min + " to " + max + " (a JSON number)");
    }

    static InputRejected booleanRejected() {
        return new InputRejected("INVALID_VALUE", "布尔值 true 或 false", "the boolean true or false");
    }
}
