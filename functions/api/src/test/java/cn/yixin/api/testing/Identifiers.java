package cn.yixin.api.testing;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid identifiers for test subjects, computed with the GB 32100 and GB 11643 check algorithms written out
 * here independently of the production code, so a bug there cannot make its own tests pass.
 */
public final class Identifiers {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private Identifiers() {
    }

    public static String uscc() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder("91").append(String.format("%06d", r.nextInt(110000, 660000)));
        for (int i = 0; i < 9; i++) {
            s.append(USCC_CHARS.charAt(r.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARS.indexOf(s.charAt(i)) * USCC_W[i];
        }
        int check = 31 - sum % 31;
        return s.append(USCC_CHARS.charAt(check == 31 ? 0 : check)).toString();
    }

    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15000));
        String s = "110105" + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * ID_W[i];
        }
        return s + ID_CHECK.charAt(sum % 11);
    }

    /** A valid code with its check character changed: the check must catch it. */
    public static String withWrongCheck(String valid) {
        char last = valid.charAt(valid.length() - 1);
        return valid.substring(0, valid.length() - 1) + (last == '1' ? '2' : '1');
    }
}
