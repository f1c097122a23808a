package cn.yixin.api.idempotency;

import cn.yixin.api.problem.Problem;
import cn.yixin.api.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;


/**
 * An {@code Idempotency-Key} is checked for its format on every write request, before anything else reads it (issue
 * 10 item 7): also on the operations that are idempotent as they stand and keep no key, so a client learns of a bad
 * key at once rather than when it matters.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class IdempotencyKeyFormat {

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
        if (keys.size() > 1 || !Idempotency.KEY.matcher(keys.get(0)).matches()) {
            return Problems.of(request, Idempotency.invalidKey());
        }
        return null;
    }
}
