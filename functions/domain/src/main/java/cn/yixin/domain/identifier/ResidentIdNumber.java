package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The 18-character citizen identity number (公民身份号码, GB 11643-1999; ): 6-digit address code, 8-digit
 * birth date, 3-digit sequence, and a mod-11 check character (0–9 or X). It is personal information: messages
 * never repeat it, and everything shown to anyone but its holder is masked.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String CODE = "INVALID_RESIDENT_ID";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumber() {
    }

    /** The number trimmed with its check character upper-cased, or a refusal saying what is wrong. */
    public static String validate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalidField(field, CODE, "身份证号码不能为空", "Resident ID number is required");
        }
        String value = raw.trim().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw DomainException.invalidField(field, CODE,
                    "身份证号码应为 18 位，实际为 " + value.length() + " 位",
                    "Resident ID number must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw DomainException.invalidField(field, CODE,
                        "身份证号码第 " + (i + 1) + " 位应为数字",
                        "Resident ID number must have a digit at position " + (i + 1));
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw DomainException.invalidField(field, CODE,
                    "身份证号码第 18 位应为数字或 X",
                    "Resident ID number must end in a digit or X");
        }
        try {
            LocalDate.parse(value.substring(6, 14), BIRTH);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, CODE,
                    "身份证号码第 7–14 位不是有效的出生日期",
                    "Resident ID number positions 7–14 are not a valid date of birth");
        }
        if (last != checkCharacter(value)) {
            throw DomainException.invalidField(field, CODE,
                    "身份证号码校验位不正确，请核对是否有录入错误",
                    "Resident ID number check character does not match; check for a typing error");
        }
        return value;
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * First 3 and last 2 characters kept, the rest replaced one-for-one by asterisks (so the length still shows
     * it is an 18-character number): {@code 110*************2X}. Too short to mask safely → all asterisks.
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= 5) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }
}
