package cn.yixin.api.problem;

import cn.yixin.domain.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Builds every error response of the API, so that all of them have one shape and one media type. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private Problems() {
    }

    public static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, DomainException e) {
        Map<String, Object> details = new HashMap<>(e.details());
        Object field = details.remove("field");
        return of(request, statusOf(e.kind()), e.code(), e.messageZh(), e.messageEn(),
                field == null ? null : field.toString(), details.isEmpty() ? null : details);
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, HttpStatus status, String code,
                                                  String zh, String en, String field, Map<String, Object> details) {
        boolean english = prefersEnglish(request);
        Problem p = new Problem("urn:yixin:problem:" + code, english ? status.getReason() : titleZh(status),
                status.getCode(), code, english ? en : zh, field, Map.of("zh", zh, "en", en),
                instance(request), details);
        return HttpResponse.<Problem>status(status).body(p).contentType(PROBLEM_JSON);
    }

    /**
     * The operation's path template ({@code /subjects/{subjectId}/records}), not the path as sent: a path may carry
     * whatever the caller put in it (an ID number where an id belongs), and no answer repeats input.
     */
    private static String instance(HttpRequest<?> request) {
        if (request == null) {
            return null;
        }
        return RouteAttributes.getRouteInfo(request)
                .filter(r -> r instanceof UriRouteInfo<?, ?>)
                .map(r -> ((UriRouteInfo<?, ?>) r).getUriMatchTemplate().toPathString())
                .orElse(null);
    }

    static boolean prefersEnglish(HttpRequest<?> request) {
        if (request == null) {
            return false;
        }
        String header = request.getHeaders().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return false;
        }
        // The first language range decides: "en-US,zh;q=0.8" is English, "zh-CN,en;q=0.5" Chinese.
        return header.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String titleZh(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 409 -> "冲突";
            case 413 -> "请求内容过大";
            case 415 -> "不支持的内容类型";
            case 422 -> "无法处理";
            default -> "服务器内部错误";
        };
    }
}
