package cn.yixin.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * RFC 9457 problem details with Yixin's stable {@code code}. {@code detail} is in the caller's language
 * (Accept-Language; Chinese unless English is asked for); {@code messages} carries both, so a clerk's screen and a
 * support engineer's log show the same problem.
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        String code,
        String detail,
        @Nullable String field,
        Map<String, String> messages,
        @Nullable String instance,
        @Nullable Map<String, Object> details) {
}
