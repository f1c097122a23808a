package cn.yixin.api.problem;

import cn.yixin.api.input.PlausibleDate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bean-validation constraint kind the API uses gets its own Chinese and English text (issue #11, #12 item 5):
 * the validator's English message ("must not be blank") never reaches the Chinese text, which holds no Latin word
 * but the field's name. Each violation is built from the real annotation on a field below.
 */
class ConstraintsTest {

    @SuppressWarnings("unused")
    static final class Annotated {
        @NotNull Object notNull;
        @NotBlank String notBlank;
        @NotEmpty List<String> notEmpty;
        @Size(min = 1, max = 500) String sizeText;
        @Size(max = 20) List<String> sizeList;
        @Size(min = 3) String sizeAtLeast;
        @Min(1) int min;
        @Max(1000) int max;
        @DecimalMin("0.01") String decimalMin;
        @DecimalMax("99.99") String decimalMax;
        @Positive int positive;
        @PositiveOrZero int positiveOrZero;
        @Pattern(regexp = "[0-9]{6}") String pattern;
        @Email String email;
        @PlausibleDate(notFuture = true) String plausible;
        @AssertTrue boolean other;
    }

    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z]+");
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    @Test
    @DisplayName("#11: each constraint kind answers its code and a zh text with no English but the field name")
    void everyKindInChineseAndEnglish() throws Exception {
        Map<String, String> codes = new HashMap<>();
        for (Field f : Annotated.class.getDeclaredFields()) {
            Annotation a = f.getDeclaredAnnotations()[0];
            Object invalid = f.getName().startsWith("sizeList") ? List.of() : f.getType() == String.class ? "x" : null;
            ProblemErrorResponseProcessor.Mapped m = Constraints.describe(violation(f.getName(), a, invalid));
            codes.put(a.annotationType().getSimpleName() + (f.getName().equals("sizeList") ? "List" : ""), m.code());
            assertEquals(f.getName(), m.field(), f.getName());
            assertTrue(m.zh().contains(f.getName()) && m.en().contains(f.getName()), m.toString());
            String zhWithoutField = m.zh().replace(f.getName(), "");
            assertTrue(HAN.matcher(m.zh()).find(), m.zh());
            assertFalse(LATIN.matcher(zhWithoutField).find(), "English inside the Chinese text: " + m.zh());
            assertFalse(HAN.matcher(m.en()).find(), "Chinese inside the English text: " + m.en());
            assertFalse(m.zh().contains("must") || m.en().contains("must not be blank"), m.toString());
        }
        assertEquals("MISSING_VALUE", codes.get("NotNull"));
        assertEquals("MISSING_VALUE", codes.get("NotBlank"));
        assertEquals("MISSING_VALUE", codes.get("NotEmpty"));
        assertEquals("INVALID_VALUE", codes.get("Size"));
        assertEquals("INVALID_VALUE", codes.get("Pattern"));
        assertEquals("INVALID_VALUE", codes.get("Min"));
        assertEquals("INVALID_DATE", codes.get("PlausibleDate"));
        assertEquals("INVALID_VALUE", codes.get("AssertTrue"), "an unlisted kind still has its own zh/en");
    }

    @Test
    @DisplayName("#11: the bounds come from the constraint, in both languages (a list's size counts items)")
    void boundsNamed() throws Exception {
        var size = Constraints.describe(violation("sizeText", annotation("sizeText"), "x"));
        assertEquals("字段 sizeText 的长度应为 1 至 500 个字符。", size.zh());
        var list = Constraints.describe(violation("sizeList", annotation("sizeList"), List.of()));
        assertEquals("字段 sizeList 应有 0 至 20 项。", list.zh());
        var atLeast = Constraints.describe(violation("sizeAtLeast", annotation("sizeAtLeast"), "x"));
        assertEquals("字段 sizeAtLeast 的长度应为至少 3 个字符。", atLeast.zh());
        var min = Constraints.describe(violation("min", annotation("min"), null));
        assertEquals("字段 min 的值不能小于 1。", min.zh());
        assertEquals("Field min must be at least 1.", min.en());
        var max = Constraints.describe(violation("max", annotation("max"), null));
        assertEquals("字段 max 的值不能大于 1000。", max.zh());
        assertEquals("Field max must be at most 1000.", max.en());
    }

    private static Annotation annotation(String field) throws NoSuchFieldException {
        return Annotated.class.getDeclaredField(field).getDeclaredAnnotations()[0];
    }

    /** A violation of {@code a} on the body property {@code field}, as the validator reports it. */
    private static ConstraintViolationException violation(String field, Annotation a, Object invalid) {
        Map<String, Object> attributes = new HashMap<>();
        for (Method m : a.annotationType().getDeclaredMethods()) {
            try {
                attributes.put(m.getName(), m.invoke(a));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        ConstraintDescriptor<?> descriptor = proxy(ConstraintDescriptor.class, (p, m, args) -> switch (m.getName()) {
            case "getAnnotation" -> a;
            case "getAttributes" -> attributes;
            default -> null;
        });
        Path path = path(List.of(node("create", ElementKind.METHOD), node("body", ElementKind.PARAMETER),
                node(field, ElementKind.PROPERTY)));
        ConstraintViolation<?> v = proxy(ConstraintViolation.class, (p, m, args) -> switch (m.getName()) {
            case "getPropertyPath" -> path;
            case "getConstraintDescriptor" -> descriptor;
            case "getInvalidValue" -> invalid;
            case "getMessage" -> "must not be blank";
            default -> null;
        });
        return new ConstraintViolationException(Set.of(v));
    }

    private static Path.Node node(String name, ElementKind kind) {
        return proxy(Path.Node.class, (p, m, args) -> switch (m.getName()) {
            case "getName" -> name;
            case "getKind" -> kind;
            case "getIndex" -> null;
            case "toString" -> name;
            default -> null;
        });
    }

    private static Path path(List<Path.Node> nodes) {
        String text = String.join(".", nodes.stream().map(Path.Node::getName).toList());
        return proxy(Path.class, (p, m, args) -> switch (m.getName()) {
            case "iterator" -> (Iterator<Path.Node>) nodes.iterator();
            case "forEach" -> {
                @SuppressWarnings("unchecked")
                java.util.function.Consumer<Object> c = (java.util.function.Consumer<Object>) args[0];
                nodes.forEach(c);
                yield null;
            }
            case "toString" -> text;
            default -> null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler h) {
        InvocationHandler identity = (p, m, args) -> switch (m.getName()) {
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == args[0];
            default -> h.invoke(p, m, args);
        };
        return (T) Proxy.newProxyInstance(ConstraintsTest.class.getClassLoader(), new Class<?>[]{type}, identity);
    }
}
