package cn.yixin.domain.disclosure;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A credit report's verification code (issue 17): {@code R<tenant>-XXXXX-XXXXX-XXXXX-XXXXX}, 100 random bits in
 * Crockford base32 (no I, L, O, U: nothing to misread when typed from paper). The tenant in the code says where the
 * report is stored, as a repair publicity id does; the random part makes it unguessable.
 */
public final class ReportCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("R([0-9]{6})-[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportCode() {
    }

    public static String next(String tenantId) {
        StringBuilder b = new StringBuilder("R").append(tenantId);
        for (int i = 0; i < 20; i++) {
            if (i % 5 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return b.toString();
    }

    /**
     * A code derived from a secret seed (at least 25 hex digits, e.g. a keyed hash of the caller and its
     * Idempotency-Key), so a retry of the same request names the same report; as unguessable as the seed.
     */
    public static String derived(String tenantId, String hexSeed) {
        java.math.BigInteger bits = new java.math.BigInteger(hexSeed.substring(0, 25), 16);
        StringBuilder b = new StringBuilder("R").append(tenantId);
        for (int i = 0; i < 20; i++) {
            if (i % 5 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(bits.shiftRight(5 * (19 - i)).intValue() & 31));
        }
        return b.toString();
    }

    /** The issuing tenant of a well-formed code; empty for anything else (a forged or mistyped code). */
    public static Optional<String> tenantOf(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(code);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
