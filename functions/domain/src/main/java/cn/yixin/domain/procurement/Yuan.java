package cn.yixin.domain.procurement;

import cn.yixin.domain.DomainException;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount in yuan as written in requests and tenant files: a decimal string with at most 2 decimals and no sign,
 * grouping, currency symbol or exponent ({@code "12345.67"}, {@code "500000"}). Anything else is refused.
 */
public final class Yuan {

    private static final Pattern STRICT = Pattern.compile("(0|[1-9][0-9]{0,13})(\\.[0-9]{1,2})?");

    private Yuan() {
    }

    public static boolean valid(String raw) {
        return raw != null && STRICT.matcher(raw).matches();
    }

    public static BigDecimal parse(String field, String raw) {
        if (!valid(raw)) {
            throw DomainException.invalidField(field, "MALFORMED_AMOUNT",
                    "金额应为以元为单位的十进制数字，最多两位小数，不带符号、千位分隔符或货币符号，例如 12345.67。",
                    "The amount must be a decimal number of yuan with at most 2 decimals and no sign, grouping or "
                            + "currency symbol, e.g. 12345.67.");
        }
        return new BigDecimal(raw);
    }

    /** The canonical text of an amount: two decimals. */
    public static String text(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
