package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A doctor's, pharmacist's or nurse's practising code (执业证书编码 and the like): a personal identifier, kept
 * like a resident ID (keyed hash for lookup, sealed copy for its owner) and shown masked to everyone else.
 */
public final class PractitionerCode {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z-]{4,32}");

    private PractitionerCode() {
    }

    /** Trimmed and upper-cased; 4–32 digits, Latin letters or hyphens. The message never repeats the value. */
    public static String validate(String field, String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(s).matches()) {
            throw DomainException.invalidField(field, "INVALID_PRACTITIONER_CODE",
                    "执业证书编码应为 4 至 32 位数字、拉丁字母或连字符。",
                    "A practising code is 4 to 32 digits, Latin letters or hyphens.");
        }
        return s;
    }

    /** The input to the keyed lookup hash: apart from resident IDs, so the two hashes never coincide. */
    public static String lookupInput(String normalized) {
        return "practitioner-code\n" + normalized;
    }

    /** 110**********23 for a 15-digit code: recognisable to its owner, of no use to anyone else. */
    public static String mask(String normalized) {
        int n = normalized.length();
        int front = n >= 10 ? 3 : 1;
        int back = n >= 10 ? 2 : 1;
        return normalized.substring(0, front) + "*".repeat(n - front - back) + normalized.substring(n - back);
    }
}
