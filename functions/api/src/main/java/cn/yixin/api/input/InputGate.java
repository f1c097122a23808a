package cn.yixin.api.input;

import cn.yixin.api.problem.InputRejected;
import cn.yixin.api.problem.Problem;
import cn.yixin.api.problem.Problems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every request's path variables, query values and JSON body are checked here, once, before an operation sees them
 * (issue #10 items 6 and 7), right after authentication (an unauthenticated caller learns nothing about its input):
 * <ul>
 *   <li>a path or query value of type int/long is ASCII digits in range (a year is four: {@code /cycles/２０２５/runs}
 *   is refused, not read as 2025), a date is ISO {@code YYYY-MM-DD} in {@link StrictValues}' range, a boolean is
 *   {@code true}/{@code false}, an enum its exact constant name;</li>
 *   <li>every id in a path is 1–100 ASCII letters, digits, {@code -} or {@code _}, so a key of thousands of bytes never
 *   reaches DynamoDB; a cursor is base64url of at most 2048 characters; any other query text at most 200;</li>
 *   <li>a JSON body is exactly one JSON object: nothing after it, no key twice, at most 32 levels deep.</li>
 * </ul>
 * Each refusal is a problem naming the field and what it takes, never the value sent.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InputGate implements Ordered {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,2048}");
    static final int MAX_QUERY_TEXT = 200;
    static final int MAX_DEPTH = 32;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route instanceof MethodBasedRouteMatch<?, ?> method) {
            for (Argument<?> a : method.getArguments()) {
                MutableHttpResponse<Problem> refused = checkArgument(request, route, a);
                if (refused != null) {
                    return refused;
                }
            }
        }
        if (body != null && body.length > 0 && isJson(request)) {
            return checkJson(request, body);
        }
        return null;
    }

    private static boolean isJson(HttpRequest<?> request) {
        MediaType type = request.getContentType().orElse(null);
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static MutableHttpResponse<Problem> checkArgument(HttpRequest<?> request, RouteMatch<?> route,
                                                             Argument<?> a) {
        var meta = a.getAnnotationMetadata();
        boolean path = meta.hasAnnotation(PathVariable.class);
        boolean query = meta.hasAnnotation(QueryValue.class);
        if (!path && !query) {
            return null;
        }
        String name = meta.stringValue(path ? PathVariable.class : QueryValue.class).filter(s -> !s.isEmpty())
                .or(() -> meta.stringValue(Bindable.class)).filter(s -> !s.isEmpty()).orElse(a.getName());
        List<String> raws;
        if (path) {
            Object v = route instanceof UriMatchInfo info ? info.getVariableValues().get(name) : null;
            raws = v == null ? List.of() : List.of(v.toString());
        } else {
            raws = request.getParameters().getAll(name);
        }
        if (query && raws.size() > 1) {
            return refuse(request, "INVALID_VALUE", name, "只能出现一次", "may appear only once");
        }
        for (String raw : raws) {
            try {
                check(a, name, raw, path);
            } catch (InputRejected r) {
                return refuse(request, r.code(), name, "应为" + r.expectedZh(), "expected " + r.expectedEn());
            }
        }
        return null;
    }

    private static void check(Argument<?> a, String name, String raw, boolean path) throws InputRejected {
        Class<?> t = a.getType();
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            if (name.equals("year")) {
                if (!raw.matches("[0-9]{4}")) {
                    throw new InputRejected("INVALID_VALUE", "四位数字的年度（" + StrictValues.EARLIEST.getYear() + " 至 "
                            + StrictValues.LATEST.getYear() + "）", "a four-digit year from "
                            + StrictValues.EARLIEST.getYear() + " to " + StrictValues.LATEST.getYear());
                }
                StrictValues.integer(raw, StrictValues.EARLIEST.getYear(), StrictValues.LATEST.getYear());
            } else {
                StrictValues.integer(raw, 0, t == int.class || t == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE);
            }
        } else if (t == LocalDate.class) {
            StrictValues.date(raw);
        } else if (t == boolean.class || t == Boolean.class) {
            StrictValues.bool(raw);
        } else if (t.isEnum()) {
            for (Object c : t.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(raw)) {
                    return;
                }
            }
            throw InputRejected.oneOf(t);
        } else if (path) {
            if (!ID.matcher(raw).matches()) {
                throw new InputRejected("INVALID_ID", "由字母、数字、- 或 _ 组成、最长 100 位的编号",
                        "an id of at most 100 letters, digits, - or _");
            }
        } else if (name.equals("cursor")) {
            if (!CURSOR.matcher(raw).matches()) {
                throw new InputRejected("INVALID_CURSOR", "上一页答复中原样给出的分页游标",
                        "the page cursor exactly as the previous page gave it");
            }
        } else if (raw.length() > MAX_QUERY_TEXT) {
            throw new InputRejected("INVALID_VALUE", "不超过 " + MAX_QUERY_TEXT + " 个字符的文本",
                    "text of at most " + MAX_QUERY_TEXT + " characters");
        }
    }

    /** One JSON object and nothing after it; a key given twice is refused rather than one of them kept. */
    private static MutableHttpResponse<Problem> checkJson(HttpRequest<?> request, byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return malformed(request, "请求内容应为一个 JSON 对象（以 { 开头）。",
                        "The request body must be one JSON object (starting with {).");
            }
            p.skipChildren();
            boolean trailing;
            try {
                trailing = p.nextToken() != null;
            } catch (JsonProcessingException garbage) {
                trailing = true;
            }
            if (trailing) {
                return malformed(request, "请求内容在 JSON 对象结束后还有多余的内容，请只提交一个 JSON 对象。",
                        "The request body has more after its JSON object; send exactly one JSON object.");
            }
        } catch (JsonProcessingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            if (msg.startsWith("Duplicate field")) {
                return malformed(request, "请求中有字段出现了两次，每个字段只能出现一次。",
                        "A field appears twice in the request; give each field once.");
            }
            if (msg.contains("nesting depth")) {
                return malformed(request, "请求内容嵌套过深。", "The request body is nested too deeply.");
            }
            return malformed(request, "请求内容不是有效的 JSON，或结构与接口不符。",
                    "The request body is not valid JSON or does not have the shape this operation expects.");
        } catch (IOException e) {
            return malformed(request, "请求内容无法读取。", "The request body cannot be read.");
        }
        return null;
    }

    private static MutableHttpResponse<Problem> malformed(HttpRequest<?> request, String zh, String en) {
        return Problems.of(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON", zh, en, null, null);
    }

    private static MutableHttpResponse<Problem> refuse(HttpRequest<?> request, String code, String field,
                                                       String zh, String en) {
        return Problems.of(request, HttpStatus.BAD_REQUEST, code, "字段 " + field + " 的值无效，" + zh + "。",
                "Field " + field + " is invalid; " + en + ".", field, null);
    }
}
