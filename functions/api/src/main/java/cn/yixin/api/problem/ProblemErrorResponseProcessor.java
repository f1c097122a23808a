package cn.yixin.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Turns every error the framework raises (bad JSON, unknown field, bad enum or date, missing value, 401, 403, 404,
 * 405, 413, 415, 500) into the same problem+json shape with a stable code and a clerk-readable message.
 * Nothing of the request body is echoed: it may hold personal identifiers.
 */
@Primary
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext ctx, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Throwable cause = ctx.getRootCause().orElse(null);
        Mapped m = status == HttpStatus.BAD_REQUEST && ctx.getRequest().getContentLength() == 0
                && !(cause instanceof ConstraintViolationException)
                ? new Mapped(status, "EMPTY_BODY", "请求内容为空，请提交所需的内容。",
                "The request body is empty; send the content this operation takes.", null)
                : map(status, cause);
        MutableHttpResponse<Problem> problem = Problems.of(ctx.getRequest(), m.status, m.code, m.zh, m.en, m.field, null);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem;
    }

    record Mapped(HttpStatus status, String code, String zh, String en, String field) {
    }

    private static Mapped map(HttpStatus status, Throwable cause) {
        if (cause instanceof AuthorizationException ae) {
            return ae.isForbidden()
                    ? new Mapped(HttpStatus.FORBIDDEN, "FORBIDDEN", "您的角色无权执行此操作。",
                    "Your role may not perform this operation.", null)
                    : new Mapped(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "未提供有效的访问令牌（缺失、过期、签名或受众不符）。",
                    "No valid access token (missing, expired, wrongly signed or for another audience).", null);
        }
        if (cause instanceof ConstraintViolationException cve) {
            return Constraints.describe(cve);
        }
        InputRejected rejected = find(cause, InputRejected.class);
        InvalidPropertyFormatException badProperty = propertyError(cause);
        if (rejected != null || badProperty != null) {
            // The body bound, but one property's value did not: name the field (its path from the body's top) and
            // say what it takes. The value sent is never repeated: it may be an ID number in the wrong field.
            String field = badProperty == null ? null : propertyPath(cause);
            String[] expected = rejected != null ? new String[]{rejected.expectedZh(), rejected.expectedEn()}
                    : describe(innermost(cause).getArgument()).split("\\|");
            return invalid(rejected != null ? rejected.code() : "INVALID_VALUE", field, expected);
        }
        if (cause instanceof ConversionErrorException cee) {
            return invalid("INVALID_VALUE", cee.getArgument().getName(), describe(cee.getArgument()).split("\\|"));
        }
        if (cause instanceof UnsatisfiedRouteException ure) {
            String field = ure.getArgument().getName();
            return new Mapped(HttpStatus.BAD_REQUEST, "MISSING_VALUE", "缺少必填项 " + field + "。",
                    "Required value " + field + " is missing.", field);
        }
        if (status == HttpStatus.BAD_REQUEST && cause != null) {
            String msg = chain(cause);
            String lower = msg.toLowerCase(Locale.ROOT);
            if (lower.contains("unknown property [")) {
                // A field name is repeated only when it cannot be a value in disguise: ASCII letters and '_' only,
                // as every field of this API is. A key made of digits (an ID number as a key) is not repeated.
                String key = after(msg, "nknown property [");
                String field = key != null && SAFE_KEY.matcher(key).matches() ? key : null;
                return new Mapped(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
                        "请求中有本接口不接受的字段" + (field == null ? "" : " " + field) + "，请删除后重试。",
                        "The request has a field this operation does not take" + (field == null ? "" : ": " + field)
                                + "; remove it and retry.", field);
            }
            if (lower.contains("expected one of [")) {
                String allowed = after(msg, "xpected one of [");
                return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                        "请求中有一个取值不在允许范围内，应为以下之一：" + allowed + "。",
                        "A value in the request is not allowed; use one of: " + allowed + ".", null);
            }
            if (lower.contains("could not be parsed") || lower.contains("invalid date")) {
                return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_DATE",
                        "请求中有一个日期无效，应为" + InputRejected.DATE_ZH + "。",
                        "A date in the request is invalid; expected " + InputRejected.DATE_EN + ".", null);
            }
            return new Mapped(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "请求内容不是有效的 JSON，或结构与接口不符。",
                    "The request body is not valid JSON or does not have the shape this operation expects.", null);
        }
        return switch (status.getCode()) {
            case 400 -> new Mapped(status, "BAD_REQUEST", "请求有误。", "The request is not valid.", null);
            case 401 -> new Mapped(status, "UNAUTHENTICATED", "未提供有效的访问令牌。", "No valid access token.", null);
            case 403 -> new Mapped(status, "FORBIDDEN", "您的角色无权执行此操作。",
                    "Your role may not perform this operation.", null);
            case 404 -> new Mapped(status, "NOT_FOUND", "没有这个接口或资源。", "No such operation or resource.", null);
            case 405 -> new Mapped(status, "METHOD_NOT_ALLOWED", "该接口不支持此请求方法。",
                    "This operation does not accept that HTTP method.", null);
            case 406 -> new Mapped(status, "NOT_ACCEPTABLE", "无法以所要求的格式作答。",
                    "Cannot answer in the format asked for.", null);
            case 413 -> new Mapped(status, "BODY_TOO_LARGE", "请求内容超过允许的大小。",
                    "The request body is larger than allowed.", null);
            case 415 -> new Mapped(status, "UNSUPPORTED_MEDIA_TYPE", "不支持该内容类型，请使用 application/json。",
                    "Unsupported content type; send application/json.", null);
            default -> {
                LOG.error("Unhandled error answering {}", status.getCode(), cause);
                yield new Mapped(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                        "系统内部错误，操作未完成，未写入任何数据。请稍后重试或联系运维。",
                        "Internal error: nothing was written. Retry later or contact support.", null);
            }
        };
    }

    /** "The field (or a value) is invalid; expected …", {@code expected} being the zh and en phrase. */
    private static Mapped invalid(String code, String field, String[] expected) {
        return new Mapped(HttpStatus.BAD_REQUEST, code,
                field == null ? "请求中有一个值无效，应为" + expected[0] + "。" : "字段 " + field + " 的值无效，应为" + expected[0] + "。",
                field == null ? "A value in the request is invalid; expected " + expected[1] + "."
                        : "Field " + field + " is invalid; expected " + expected[1] + ".", field);
    }

    private static final java.util.regex.Pattern SAFE_KEY = java.util.regex.Pattern.compile("[A-Za-z_]{1,64}");

    /** The first throwable of this type down the cause chain (conversion errors hide theirs one level deeper). */
    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Throwable next(Throwable c) {
        Throwable n = c.getCause();
        if (c instanceof ConversionErrorException cee && cee.getConversionError() != null
                && cee.getConversionError().getCause() != null) {
            n = cee.getConversionError().getCause();
        }
        return n == c ? null : n;
    }

    /** Serde wraps a refused value once per enclosing property: {@code basis} around {@code date} is basis.date. */
    private static String propertyPath(Throwable t) {
        StringBuilder path = new StringBuilder();
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof InvalidPropertyFormatException ipf && ipf.getArgument() != null) {
                String name = ipf.getArgument().getName();
                if (name != null && !name.isEmpty()) {
                    path.append(path.isEmpty() ? "" : ".").append(name);
                }
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static InvalidPropertyFormatException innermost(Throwable t) {
        InvalidPropertyFormatException last = null;
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof InvalidPropertyFormatException ipf) {
                last = ipf;
            }
        }
        return last;
    }

    /** The serde error naming the property whose value was refused, wherever it sits in the cause chain. */
    private static InvalidPropertyFormatException propertyError(Throwable t) {
        return find(t, InvalidPropertyFormatException.class);
    }

    private static String describe(Argument<?> argument) {
        Class<?> t = argument.getType();
        if (t.isEnum()) {
            InputRejected oneOf = InputRejected.oneOf(t);
            return oneOf.expectedZh() + "|" + oneOf.expectedEn();
        }
        if (t == java.time.LocalDate.class) {
            return InputRejected.DATE_ZH + "|" + InputRejected.DATE_EN;
        }
        if (t == boolean.class || t == Boolean.class) {
            return "布尔值 true 或 false|the boolean true or false";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
            return "不加引号的数字|a number";
        }
        if (t == String.class) {
            return "文本|text";
        }
        return "所要求格式的值|a value of the documented shape";
    }

    private static String after(String msg, String marker) {
        int a = msg.indexOf(marker);
        if (a < 0) {
            return null;
        }
        int start = a + marker.length();
        int b = msg.indexOf(']', start);
        return b > start ? msg.substring(start, b) : null;
    }

    /** Every message down the cause chain: serde names the field on the outside and the reason on the inside. */
    private static String chain(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null && b.length() < 4000; c = c.getCause() == c ? null : c.getCause()) {
            b.append(c.getMessage()).append(" | ");
        }
        return b.toString();
    }

}
