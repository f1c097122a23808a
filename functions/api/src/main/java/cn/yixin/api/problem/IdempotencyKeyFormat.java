package cn.yixin.api.problem;

import cn.yixin.domain.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} is checked for its format on every write request, before anything else reads it (issue
 * 10 item 7): also on the operations that are idempotent as they stand and keep no key, so a client learns of a bad
 * key at once rather than when it matters.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class IdempotencyKeyFormat {

    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> check(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return null;
        }
        var keys = request.getHeaders().getAll("Idempotency-Key");
        if (keys.isEmpty()) {
            return null;
        }
        if (keys.size() > 1 || !KEY.matcher(keys.get(0)).matches()) {
            return Problems.of(request, DomainException.invalidField("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key 请求头应为一个 8 至 128 位的键，由字母、数字或 . _ : - 组成。",
                    "Idempotency-Key must be one key of 8–128 letters, digits or . _ : -."));
        }
        return null;
    }
}
