package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;

import java.util.Locale;

/**
 * The 18-character unified social credit code of an institution (统一社会信用代码, GB 32100-2015; ).
 * The last character is a mod-31 check over the first 17.
 */
public final class UnifiedSocialCreditCode {

    /** GB 32100 leaves out I, O, S, V and Z, which are easily confused with digits. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String CODE = "INVALID_USCC";

    private UnifiedSocialCreditCode() {
    }

    /**
     * The code trimmed and upper-cased, or a refusal that says what is wrong without repeating the code.
     *
     * @param field the request field the value came from, carried into the error's details
     */
    public static String validate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField(field, CODE, "统一社会信用代码不能为空", "Unified social credit code is required");
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw DomainException.invalidField(field, CODE,
                    "统一社会信用代码应为 18 位，实际为 " + value.length() + " 位",
                    "Unified social credit code must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                throw DomainException.invalidField(field, CODE,
                        "统一社会信用代码第 " + (i + 1) + " 位字符不合法（只允许数字和除 I、O、S、V、Z 以外的大写字母）",
                        "Unified social credit code has a character not allowed at position " + (i + 1)
                                + " (only digits and upper-case letters other than I, O, S, V, Z)");
            }
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw DomainException.invalidField(field, CODE,
                    "统一社会信用代码校验位不正确，请核对是否有录入错误",
                    "Unified social credit code check character does not match; check for a typing error");
        }
        return value;
    }

    /** The check character for the first 17 characters (which must already be in the charset). */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /**
     * Returns the code unchanged: unlike a resident ID, a unified social credit code is public registration
     * information (printed on the business licence and published on the national enterprise credit information
     * system), so masking it would only stop clerks matching institutions. It exists so callers treat both
     * identifier kinds alike.
     */
    public static String mask(String value) {
        return value;
    }
}
