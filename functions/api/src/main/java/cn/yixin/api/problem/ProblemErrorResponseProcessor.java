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
import jakarta.validation.ConstraintViolation;
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

    private record Mapped(HttpStatus status, String code, String zh, String en, String field) {
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
            ConstraintViolation<?> v = cve.getConstraintViolations().iterator().next();
            String field = lastNode(v.getPropertyPath().toString());
            return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                    "字段 " + field + " 的值无效：" + v.getMessage() + "。",
                    "Field " + field + " is invalid: " + v.getMessage() + ".", field);
        }
        InvalidPropertyFormatException badProperty = propertyError(cause);
        if (badProperty != null) {
            // The body bound, but one property's value did not (an unknown enum constant, a number as text…):
            // name the field, repeat what was sent and say what is allowed.
            Argument<?> property = badProperty.getArgument();
            String field = property.getName();
            String given = String.valueOf(badProperty.getOriginalValue());
            String[] expected = describe(property).split("\\|");
            return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                    "字段 " + field + " 的取值 " + given + " 无法识别，应为" + expected[0] + "。",
                    "Field " + field + " has value " + given + ", which is not allowed; expected " + expected[1] + ".",
                    field);
        }
        if (cause instanceof ConversionErrorException cee) {
            String field = cee.getArgument().getName();
            String expected = describe(cee.getArgument());
            return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                    "字段 " + field + " 的值无法识别，应为" + expected.split("\\|")[0] + "。",
                    "Field " + field + " has a value that cannot be read; expected " + expected.split("\\|")[1] + ".",
                    field);
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
                String field = after(msg, "nknown property [");
                return new Mapped(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
                        "请求中有无法识别的字段" + (field == null ? "" : " " + field) + "，请删除后重试。",
                        "The request has a field this operation does not know" + (field == null ? "" : ": " + field)
                                + "; remove it and retry.", field);
            }
            if (lower.contains("expected one of [")) {
                String allowed = after(msg, "xpected one of [");
                String given = between(msg, "but was '", "'");
                return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_VALUE",
                        "取值 " + given + " 不在允许范围内，应为以下之一：" + allowed + "。",
                        "Value " + given + " is not allowed; use one of: " + allowed + ".", null);
            }
            if (lower.contains("could not be parsed") || lower.contains("invalid date")) {
                String field = after(msg, "[LocalDate ");
                String given = between(msg, "Text '", "'");
                String sent = given.isEmpty() ? "" : "（收到 " + given + "）";
                String sentEn = given.isEmpty() ? "" : " (got " + given + ")";
                return new Mapped(HttpStatus.BAD_REQUEST, "INVALID_DATE",
                        "日期" + (field == null ? "" : " " + field) + (sent.isEmpty() ? " " : sent)
                                + "无效，应为真实存在的 YYYY-MM-DD 日期。",
                        "Date" + (field == null ? "" : " " + field) + sentEn
                                + " is invalid; write a real date as YYYY-MM-DD.", field);
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

    /** The serde error naming the property whose value was refused, wherever it sits in the cause chain. */
    private static InvalidPropertyFormatException propertyError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InvalidPropertyFormatException ipf) {
                return ipf;
            }
            if (c instanceof ConversionErrorException cee && cee.getConversionError() != null) {
                Throwable inner = cee.getConversionError().getCause();
                InvalidPropertyFormatException found = inner == null || inner == c ? null : propertyError(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String describe(Argument<?> argument) {
        Class<?> t = argument.getType();
        if (t.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object c : t.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
            }
            return "以下之一：" + values + "|one of: " + values;
        }
        if (t == java.time.LocalDate.class) {
            return "YYYY-MM-DD 格式的日期|a date written YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
            return "数字|a number";
        }
        return "有效的值|a valid value";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
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

    private static String between(String msg, String open, String close) {
        int a = msg.indexOf(open);
        if (a < 0) {
            return "";
        }
        int b = msg.indexOf(close, a + open.length());
        return b < 0 ? "" : msg.substring(a + open.length(), b);
    }
}
