package cn.yixin.api.input;

import cn.yixin.api.problem.InputRejected;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Strict JSON scalars for every request body (issue #10 item 6). Micronaut serde reads leniently by default: a number
 * or {@code true} becomes a string, {@code ""} becomes false, a one-item array is unwrapped to its item, a date is
 * whatever {@link LocalDate#parse} makes of it ({@code "20270301"} is the year 20270301 in some configurations, a
 * number is an epoch day). These deserializers replace the built-in ones ({@link Primary}) for every property of
 * that type in every request record: strings are JSON strings, booleans JSON booleans, integers JSON numbers
 * without a fraction, dates ISO {@code YYYY-MM-DD} strings within {@link StrictValues#EARLIEST}..{@link
 * StrictValues#LATEST}, enum values their exact constant names. Nothing refused is kept or repeated.
 */
public final class StrictJson {

    private StrictJson() {
    }

    private static JsonNode scalar(Decoder decoder) throws IOException {
        return decoder.decodeNode();
    }

    /** A JSON string and nothing else. */
    @Singleton
    @Primary
    public static final class Strings implements Deserializer<String> {
        @Override
        public String deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                  @NonNull Argument<? super String> type) throws IOException {
            JsonNode n = scalar(decoder);
            if (!n.isString()) {
                throw new InputRejected("INVALID_VALUE", "文本（用双引号括起的字符串）", "text (a JSON string)");
            }
            return n.getStringValue();
        }
    }

    /** A boxed primitive's reader: an absent primitive is its zero, as the built-in deserializer has it; a boxed one stays null. */
    abstract static class Primitive<T> implements Deserializer<T> {
        private final T zero;

        Primitive(T zero) {
            this.zero = zero;
        }

        @Override
        public T getDefaultValue(@NonNull DecoderContext context, @NonNull Argument<? super T> type) {
            return type.isPrimitive() ? zero : null;
        }
    }

    /** {@code true} or {@code false}: not "", not "true", not 1. */
    @Singleton
    @Primary
    public static final class Booleans extends Primitive<Boolean> {
        public Booleans() {
            super(Boolean.FALSE);
        }

        @Override
        public Boolean deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                   @NonNull Argument<? super Boolean> type) throws IOException {
            JsonNode n = scalar(decoder);
            if (!n.isBoolean()) {
                throw StrictValues.booleanRejected();
            }
            return n.getBooleanValue();
        }
    }

    /** A JSON number without fraction or exponent, within the range of int. */
    @Singleton
    @Primary
    public static final class Integers extends Primitive<Integer> {
        public Integers() {
            super(0);
        }

        @Override
        public Integer deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                   @NonNull Argument<? super Integer> type) throws IOException {
            return (int) whole(scalar(decoder), Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    /** A JSON number without fraction or exponent, within the range of long. */
    @Singleton
    @Primary
    public static final class Longs extends Primitive<Long> {
        public Longs() {
            super(0L);
        }

        @Override
        public Long deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                @NonNull Argument<? super Long> type) throws IOException {
            return whole(scalar(decoder), Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static long whole(JsonNode n, long min, long max) throws InputRejected {
        if (n.isNumber()) {
            Number v = n.getNumberValue();
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                long l = v.longValue();
                if (l >= min && l <= max) {
                    return l;
                }
            }
            // BigInteger is beyond long; Double/BigDecimal had a fraction or an exponent.
        }
        throw StrictValues.integerRejected(min, max);
    }

    /**
     * A decimal amount: a JSON number, or a string of ASCII digits with an optional fraction (money is often sent as
     * a string to keep its cents exact, as the README does with {@code "amountYuan":"1280000.00"}). At most 15
     * digits before the point and 6 after it; no exponent, no sign but a leading minus.
     */
    @Singleton
    @Primary
    public static final class Decimals implements Deserializer<BigDecimal> {
        private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

        @Override
        public BigDecimal deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                      @NonNull Argument<? super BigDecimal> type) throws IOException {
            JsonNode n = scalar(decoder);
            String text = null;
            if (n.isString()) {
                text = n.getStringValue();
            } else if (n.isNumber()) {
                Number v = n.getNumberValue();
                text = v instanceof Double || v instanceof Float ? BigDecimal.valueOf(v.doubleValue()).toPlainString()
                        : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
            }
            if (text == null || !DECIMAL.matcher(text).matches()) {
                throw new InputRejected("INVALID_VALUE", "不超过 15 位整数、6 位小数的十进制数",
                        "a decimal number with at most 15 digits before the point and 6 after it");
            }
            return new BigDecimal(text);
        }
    }

    /** An ISO date string within the sane range; never a number (an epoch day) and never another spelling. */
    @Singleton
    @Primary
    public static final class Dates implements Deserializer<LocalDate> {
        @Override
        public LocalDate deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                     @NonNull Argument<? super LocalDate> type) throws IOException {
            JsonNode n = scalar(decoder);
            if (!n.isString()) {
                throw StrictValues.dateRejected();
            }
            return StrictValues.date(n.getStringValue());
        }
    }

    /** An enum constant by its exact name; the answer lists the names allowed, never the one sent. */
    @Singleton
    @Primary
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final class Enums implements Deserializer<Enum> {
        @Override
        public Deserializer<Enum> createSpecific(@NonNull DecoderContext context, @NonNull Argument<? super Enum> type) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type.getType();
            return new Deserializer<>() {
                @Override
                public Enum deserialize(@NonNull Decoder decoder, @NonNull DecoderContext ctx,
                                        @NonNull Argument<? super Enum> t) throws IOException {
                    JsonNode n = scalar(decoder);
                    if (n.isString()) {
                        for (Enum c : enumType.getEnumConstants()) {
                            if (c.name().equals(n.getStringValue())) {
                                return c;
                            }
                        }
                    }
                    throw rejected(enumType);
                }
            };
        }

        @Override
        public Enum deserialize(@NonNull Decoder decoder, @NonNull DecoderContext context,
                                @NonNull Argument<? super Enum> type) throws IOException {
            return createSpecific(context, type).deserialize(decoder, context, type);
        }

        static InputRejected rejected(Class<? extends Enum> enumType) {
            return InputRejected.oneOf(enumType);
        }
    }


}
