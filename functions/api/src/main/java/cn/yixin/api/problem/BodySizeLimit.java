package cn.yixin.api.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses a body larger than {@code yixin.body-limit-bytes} before anything reads it, with the same problem+json
 * as every other bad input. API Gateway allows 10 MB; no operation here needs more than an import's 1,000 rows.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizeLimit {

    private final long limit;

    BodySizeLimit(@Value("${yixin.body-limit-bytes:1048576}") long limit) {
        this.limit = limit;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> check(HttpRequest<?> request) {
        long length = request.getContentLength();
        // Attachments have their own, larger limit, checked with a clear message by Attachments.
        long allowed = request.getPath().endsWith("/attachments") ? cn.yixin.api.attachment.Attachments.MAX_BYTES + 1 : limit;
        if (length > allowed) {
            return Problems.of(request, HttpStatus.BAD_REQUEST, "BODY_TOO_LARGE",
                    "请求内容超过 " + allowed / 1024 + " KB 的上限，请拆分后提交。",
                    "The request body is larger than the " + allowed / 1024 + " KB limit; split it up.", null, null);
        }
        return null;
    }
}
