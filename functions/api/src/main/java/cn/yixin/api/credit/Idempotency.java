package cn.yixin.api.credit;

import cn.yixin.domain.DomainException;
import cn.yixin.store.IdempotencyKeyUsed;
import cn.yixin.store.IdempotencyRepository;
import cn.yixin.store.IdempotentResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every POST takes an {@code Idempotency-Key} (ARCHITECTURE: data). The first request's answer is stored in the
 * same transaction as its business write; a retry with the same key and the same body gets that answer again and
 * writes nothing; the same key with a different body is refused.
 */
@Singleton
public class Idempotency {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final IdempotencyRepository repository;
    private final JsonMapper json;

    public Idempotency(IdempotencyRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** What an operation hands its store so the answer is kept with the write: null when no key was sent. */
    public interface Recorder extends Function<Object, IdempotentResponse> {
    }

    public interface Work<T> {
        T run(Recorder recorder);
    }

    /**
     * Runs {@code work} once per key: replays a kept answer, or runs it with a recorder that produces the stored
     * answer for its transaction.
     */
    public <T> HttpResponse<?> run(String tenantId, String key, String operation, Object request, HttpStatus status,
                                   Work<T> work) {
        if (key == null) {
            return HttpResponse.status(status).body(work.run(null));
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalidField("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key 应为 8–128 位字母、数字或 . _ : -。",
                    "Idempotency-Key must be 8–128 letters, digits or . _ : -.");
        }
        String requestHash = hash(operation + "\n" + toJson(request));
        var kept = repository.find(tenantId, key);
        if (kept.isPresent()) {
            return replay(kept.get(), requestHash);
        }
        Recorder recorder = body -> new IdempotentResponse(tenantId, key, operation, requestHash, status.getCode(),
                toJson(body));
        try {
            return HttpResponse.status(status).body(work.run(recorder));
        } catch (IdempotencyKeyUsed raced) {
            // A concurrent request with the same key won; ours wrote nothing. Answer as it did.
            return replay(repository.find(tenantId, key).orElseThrow(), requestHash);
        }
    }

    private HttpResponse<?> replay(IdempotentResponse kept, String requestHash) {
        if (!kept.requestHash().equals(requestHash)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "IDEMPOTENCY_KEY_REUSED",
                    "该 Idempotency-Key 已用于另一个不同的请求；新请求请使用新的键。",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        return HttpResponse.status(HttpStatus.valueOf(kept.status()))
                .header("Idempotent-Replayed", "true")
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(kept.body());
    }

    public String toJson(Object o) {
        try {
            return o instanceof String s ? s : json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
