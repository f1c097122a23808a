package cn.yixin.api.problem;

import io.micronaut.serde.exceptions.InvalidFormatException;

import java.time.LocalDate;

/**
 * A value in a request that this API refuses to read leniently (issue #10 item 6). It says what was expected, in
 * Chinese and English, and keeps nothing of what was sent: not in its message, not as its "original value", so
 * neither the answer nor a log line can repeat a personal identifier sent in the wrong field.
 * Serde wraps it with the property it was reading, which is how the answer names the field.
 *
 * <p>It sits in {@code problem} (not next to the input gate that throws it) because the problem renderer reads it:
 * {@code input} depends on {@code problem}, never the other way (no package cycle, {@code DependencyRulesTest}).
 * For the same reason the date range every date rejection names is defined here and {@code input/StrictValues}
 * refers to it.
 */
public final class InputRejected extends InvalidFormatException {

    /** No credit fact of the People's Republic's medical-insurance system is dated before its founding day. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** Nothing in this system is planned past the end of this century. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** What a date field takes, after "应为". */
    public static final String DATE_ZH = "YYYY-MM-DD 格式的真实日期（" + EARLIEST + " 至 " + LATEST + "）";
    /** What a date field takes, after "expected". */
    public static final String DATE_EN = "a real date written YYYY-MM-DD, from " + EARLIEST + " to " + LATEST;

    private final String code;
    private final String expectedZh;
    private final String expectedEn;

    public InputRejected(String code, String expectedZh, String expectedEn) {
        super("Value rejected; expected " + expectedEn, null, null);
        this.code = code;
        this.expectedZh = expectedZh;
        this.expectedEn = expectedEn;
    }

    /** A value that is none of an enum's constants: the answer lists the names allowed, never the one sent. */
    public static InputRejected oneOf(Class<?> enumType) {
        String names = allowed(enumType);
        return new InputRejected("INVALID_VALUE", "以下之一：" + names, "one of: " + names);
    }

    /** The constant names of an enum, comma-separated: what an answer lists as allowed. */
    public static String allowed(Class<?> enumType) {
        StringBuilder b = new StringBuilder();
        for (Object c : enumType.getEnumConstants()) {
            b.append(b.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
        }
        return b.toString();
    }

    /** The stable problem code: INVALID_DATE for dates, INVALID_VALUE for anything else. */
    public String code() {
        return code;
    }

    /** What the field takes, as a Chinese phrase that follows "应为". */
    public String expectedZh() {
        return expectedZh;
    }

    /** What the field takes, as an English phrase that follows "expected". */
    public String expectedEn() {
        return expectedEn;
    }
}
