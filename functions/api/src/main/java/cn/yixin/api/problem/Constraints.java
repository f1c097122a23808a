package cn.yixin.api.problem;

import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

/**
 * Bean-validation failures in Chinese and English (issue #12 item 5). The validator's own message is English ("must
 * not be blank") and would land inside the Chinese text; instead each constraint kind has its own zh/en template,
 * filled from the constraint's attributes (never from the value sent), and the field is named by its path from the
 * body's top ({@code basis.number}, {@code attachments[2]}) or by its query parameter.
 */
final class Constraints {

    /** The kinds whose text takes nothing but the field: what follows "字段 {field}" and "Field {field}". */
    private static final Map<String, String[]> FIXED = Map.of(
            "Positive", new String[]{" 的值应大于 0。", " must be greater than 0."},
            "PositiveOrZero", new String[]{" 的值不能小于 0。", " must not be negative."},
            "Pattern", new String[]{" 的格式不符合要求，请按接口文档填写。", " is not in the documented format."},
            "Email", new String[]{" 应为有效的电子邮件地址。", " must be a valid e-mail address."});

    private Constraints() {
    }

    static ProblemErrorResponseProcessor.Mapped describe(ConstraintViolationException e) {
        ConstraintViolation<?> v = first(e.getConstraintViolations());
        String field = path(v.getPropertyPath());
        Annotation a = v.getConstraintDescriptor() == null ? null : v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor() == null ? Map.of()
                : v.getConstraintDescriptor().getAttributes();
        String kind = a == null ? "" : a.annotationType().getSimpleName();
        boolean text = v.getInvalidValue() == null || v.getInvalidValue() instanceof CharSequence;
        String zh;
        String en;
        String code = "INVALID_VALUE";
        switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> {
                code = "MISSING_VALUE";
                zh = "缺少必填项 " + field + "（不能为空）。";
                en = "Required value " + field + " is missing or empty.";
            }
            case "Size" -> {
                Object min = attrs.getOrDefault("min", 0);
                Object max = attrs.getOrDefault("max", Integer.MAX_VALUE);
                String range = Integer.valueOf(Integer.MAX_VALUE).equals(max) ? "至少 " + min : " " + min + " 至 " + max;
                String rangeEn = Integer.valueOf(Integer.MAX_VALUE).equals(max) ? "at least " + min
                        : "from " + min + " to " + max;
                zh = "字段 " + field + (text ? " 的长度应为" + range + " 个字符。" : " 应有" + range + " 项。");
                en = "Field " + field + (text ? " must be " + rangeEn + " characters long." : " must have " + rangeEn
                        + " items.");
            }
            case "Min", "DecimalMin", "Max", "DecimalMax" -> {
                boolean floor = kind.endsWith("Min");
                zh = "字段 " + field + " 的值不能" + (floor ? "小于 " : "大于 ") + attrs.get("value") + "。";
                en = "Field " + field + " must be at " + (floor ? "least " : "most ") + attrs.get("value") + ".";
            }
            case "Positive", "PositiveOrZero", "Pattern", "Email" -> {
                zh = "字段 " + field + FIXED.get(kind)[0];
                en = "Field " + field + FIXED.get(kind)[1];
            }
            case "PlausibleDate" -> {
                code = "INVALID_DATE";
                boolean notFuture = Boolean.TRUE.equals(attrs.get("notFuture"));
                zh = "字段 " + field + " 的日期应在 " + attrs.get("from") + " 之后" + (notFuture ? "，且不能晚于今天" : "")
                        + "。";
                en = "Field " + field + " must be on or after " + attrs.get("from")
                        + (notFuture ? " and not later than today" : "") + ".";
            }
            default -> {
                zh = "字段 " + field + " 的值不符合要求。";
                en = "Field " + field + " is not valid.";
            }
        }
        return new ProblemErrorResponseProcessor.Mapped(HttpStatus.BAD_REQUEST, code, zh, en, field);
    }

    /** The same violation every time for the same request: the first by field path. */
    private static ConstraintViolation<?> first(Collection<? extends ConstraintViolation<?>> all) {
        return all.stream().min(java.util.Comparator.comparing(v -> path(v.getPropertyPath()))).orElseThrow();
    }

    /**
     * {@code record.body.basis.number} (method, parameter, properties) becomes {@code basis.number}; a query or
     * path parameter ({@code list.limit}) stays its own name.
     */
    static String path(Path p) {
        java.util.List<Path.Node> nodes = new java.util.ArrayList<>();
        p.forEach(nodes::add);
        StringBuilder b = new StringBuilder();
        boolean hasProperty = nodes.stream().anyMatch(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY
                || n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT);
        for (Path.Node n : nodes) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {
                    continue;
                }
                case PARAMETER -> {
                    if (hasProperty) {
                        continue;
                    }
                }
                default -> {
                }
            }
            String name = n.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                b.append(b.isEmpty() ? "" : ".").append(name);
            }
            if (n.getIndex() != null) {
                b.append('[').append(n.getIndex()).append(']');
            }
        }
        if (b.isEmpty()) {
            String s = p.toString();
            int dot = s.lastIndexOf('.');
            return dot < 0 ? s : s.substring(dot + 1);
        }
        return b.toString();
    }
}
