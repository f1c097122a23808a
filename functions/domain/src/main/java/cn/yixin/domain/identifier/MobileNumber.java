package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;

import java.util.regex.Pattern;

/** A mainland mobile number for SMS notices: 11 digits starting with 1, an optional +86 or 86 in front. */
public final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    public static String validate(String field, String raw) {
        String s = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        if (!MOBILE.matcher(s).matches()) {
            throw DomainException.invalidField(field, "INVALID_MOBILE_NUMBER",
                    "手机号码应为以 1 开头的 11 位数字。", "A mobile number is 11 digits starting with 1.");
        }
        return s;
    }

    /** 138****5678: enough to recognise one's own number, not enough to call it. */
    public static String mask(String normalized) {
        return normalized.substring(0, 3) + "****" + normalized.substring(7);
    }
}
