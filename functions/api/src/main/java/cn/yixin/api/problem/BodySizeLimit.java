package cn.yixin.api.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses a body larger than {@code yixin.body-limit-bytes} before anything reads it, with the same problem+json
 * as every other bad input, whether the caller declared its length or not. API Gateway allows 10 MB and Lambda 6 MB
 * per event; no operation here but an attachment upload needs more than an import's 1,000 rows.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizeLimit {

    private final long limit;

    BodySizeLimit(@Value("${yixin.body-limit-bytes:1048576}") long limit) {
        this.limit = limit;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        // The declared length, or the body itself when none was declared (chunked, or a gateway that dropped it).
        long length = Math.max(request.getContentLength(), body == null ? 0 : body.length);
        // Attachments have their own, larger limit, checked with a clear message by Attachments.
        long allowed = request.getPath().endsWith("/attachments") ? cn.yixin.api.attachment.Attachments.MAX_BYTES + 1 : limit;
        if (length > allowed) {
            return Problems.of(request, HttpStatus.BAD_REQUEST, "BODY_TOO_LARGE",
                    "请求内容超过 " + allowed / 1024 + " KB 的上限，请拆分后提交。",
                    "The request body is larger than the " + allowed / 1024 + " KB limit; split it up.", null, null);
        }
        return null;
    }

    /** No answer of this API is ever to be sniffed into another type (an uploaded "PDF" rendered as HTML). */
    @ResponseFilter
    void noSniff(io.micronaut.http.MutableHttpResponse<?> response) {
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
    }
}
