package cn.yixin.api.input;

import io.micronaut.serde.exceptions.InvalidFormatException;

/**
 * A value in a request that this API refuses to read leniently (issue #10 item 6). It says what was expected, in
 * Chinese and English, and keeps nothing of what was sent: not in its message, not as its "original value", so
 * neither the answer nor a log line can repeat a personal identifier sent in the wrong field.
 * Serde wraps it with the property it was reading, which is how the answer names the field.
 */
public final class InputRejected extends InvalidFormatException {

    private final String code;
    private final String expectedZh;
    private final String expectedEn;

    public InputRejected(String code, String expectedZh, String expectedEn) {
        super("Value rejected; expected " + expectedEn, null, null);
        this.code = code;
        this.expectedZh = expectedZh;
        this.expectedEn = expectedEn;
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
