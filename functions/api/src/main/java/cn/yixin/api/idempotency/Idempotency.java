package cn.yixin.api.idempotency;

import cn.yixin.api.security.Caller;
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
 *
 * <p>A key belongs to its caller (R-1.3, docs/security.md "Idempotency keys"): it is stored under the caller's tenant
 * and a digest of the caller's identity (the token's {@code sub} and, for a credit subject, its subject id), so one
 * caller can neither replay another's answer nor block another's write, nor learn that a key exists. Authorisation
 * runs before any replay: the route's subject is checked by {@code cn.yixin.api.security.SubjectRouteGuard} before
 * the operation runs, and the roles by {@code @Secured}.
 */
@Singleton
public class Idempotency {

    /** What an Idempotency-Key may be; checked on every write by {@link IdempotencyKeyFormat} and here. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    /** How long a request holds its key before a retry may take it over (longer than any function's timeout). */
    static final java.time.Duration CLAIM_LIFETIME = java.time.Duration.ofSeconds(60);
    /** How long a concurrent retry waits for the first request's answer before answering 409. */
    static final long AWAIT_MILLIS = 8_000;
    /** How long a conflict is re-checked for a twin's answer before it is answered as a real conflict. */
    static final long CONFLICT_RECHECK_MILLIS = 300;

    private final IdempotencyRepository repository;
    private final JsonMapper json;
    private final java.time.Clock clock;

    public Idempotency(IdempotencyRepository repository, JsonMapper json, java.time.Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
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
    public <T> HttpResponse<?> run(Caller caller, String key, String operation, Object request, HttpStatus status,
                                   Work<T> work) {
        return run(caller.tenant(), callerScope(caller), key, operation, request, status, work);
    }

    /**
     * For an operation whose writes are not one transaction (an upload, an import of many rows, a public objection):
     * the request claims its key first ({@code IN_PROGRESS}), so a concurrent twin waits for its answer instead of
     * doing the work a second time; the answer is kept after the work. A failure between the two leaves the work done
     * and the claim to expire, so a later retry runs again — which these operations tolerate by design (rows keyed by
     * their source reference, an attachment is content-addressed evidence, a public note is capped per source).
     */
    public <T> HttpResponse<?> runThenKeep(String tenantId, String scope, String key, String operation, Object request,
                                           HttpStatus status, java.util.function.Supplier<T> work) {
        if (key == null) {
            return HttpResponse.status(status).body(work.get());
        }
        Lookup lookup = lookUp(tenantId, scope, key, operation, request);
        if (lookup.replay() != null) {
            return lookup.replay();
        }
        String requestHash = lookup.requestHash();
        String scopedKey = lookup.scopedKey();
        String claim = java.util.UUID.randomUUID().toString();
        if (!repository.claim(tenantId, scopedKey, requestHash, claim, clock.instant().plus(CLAIM_LIFETIME))) {
            return replay(awaitAnswer(tenantId, scopedKey, AWAIT_MILLIS), requestHash);
        }
        T answer;
        try {
            answer = work.get();
        } catch (RuntimeException refused) {
            repository.release(tenantId, scopedKey, claim); // the key is free for a corrected retry
            throw refused;
        }
        try {
            repository.save(new IdempotentResponse(tenantId, scopedKey, operation, requestHash, status.getCode(),
                    toJson(answer), claim));
        } catch (IdempotencyKeyUsed outlived) {
            // Our claim expired and another request took the key over: its answer is the key's.
            return replay(awaitAnswer(tenantId, scopedKey, AWAIT_MILLIS), requestHash);
        }
        return HttpResponse.status(status).body(answer);
    }

    private <T> HttpResponse<?> run(String tenantId, String scope, String key, String operation, Object request,
                                    HttpStatus status, Work<T> work) {
        if (key == null) {
            return HttpResponse.status(status).body(work.run(null));
        }
        Lookup lookup = lookUp(tenantId, scope, key, operation, request);
        if (lookup.replay() != null) {
            return lookup.replay();
        }
        String requestHash = lookup.requestHash();
        String scopedKey = lookup.scopedKey();
        Recorder recorder = body -> new IdempotentResponse(tenantId, scopedKey, operation, requestHash,
                status.getCode(), toJson(body));
        try {
            return HttpResponse.status(status).body(work.run(recorder));
        } catch (IdempotencyKeyUsed raced) {
            // A concurrent request with the same key won; ours wrote nothing. Answer as it did.
            return replay(awaitAnswer(tenantId, scopedKey, AWAIT_MILLIS), requestHash);
        } catch (DomainException refused) {
            if (refused.kind() != DomainException.Kind.CONFLICT) {
                throw refused;
            }
            // Issue 10 item 3: a twin with the same key may have won the very transition this request then found
            // taken (a decided case, an executed repair). Its answer is kept in its own transaction, so it is there
            // by the time the conflict is seen, or a moment later: that answer is ours too. Otherwise the conflict
            // is real (another key, another caller) and is answered as it is. A refused request wrote nothing.
            var twin = awaitOrEmpty(tenantId, scopedKey, CONFLICT_RECHECK_MILLIS);
            if (twin.isPresent()) {
                return replay(twin.get(), requestHash);
            }
            throw refused;
        }
    }

    /** Where else an answer may be kept before its row is (a parent's review answer, kept on the child's case). */
    @FunctionalInterface
    public interface Elsewhere {
        java.util.Optional<IdempotentResponse> find(IdempotentResponse probe);
    }

    /**
     * Inside {@link Work}: a retry that arrives while its first request is still in flight passes the look-up above
     * (nothing is kept yet), then meets the state the first request leaves behind (a decided case, an executed
     * repair) and would be refused 409 although its twin succeeded (issue 10.3). Such a refusal is checked against
     * the key once more: if the first request's answer is kept by now, {@link IdempotencyKeyUsed} makes the
     * enclosing {@code run} replay it, comparing the request as for any replay (same key, other body: 422).
     */
    public <T> T run(Recorder recorder, java.util.function.Supplier<T> work) {
        return run(recorder, work, probe -> java.util.Optional.empty());
    }

    /**
     * As {@link #run(Recorder, java.util.function.Supplier)}; an answer found only {@code elsewhere} is filed under
     * its key first (a retry must not wait for its twin to get that far), then replayed.
     */
    public <T> T run(Recorder recorder, java.util.function.Supplier<T> work, Elsewhere elsewhere) {
        try {
            return work.get();
        } catch (DomainException refused) {
            if (recorder == null || refused.kind() != DomainException.Kind.CONFLICT) {
                throw refused;
            }
            IdempotentResponse probe = recorder.apply("");
            if (repository.find(probe.tenantId(), probe.key()).isPresent()) {
                throw new IdempotencyKeyUsed(probe.key());
            }
            java.util.Optional<IdempotentResponse> other = elsewhere.find(probe);
            if (other.isPresent() && other.get().key().equals(probe.key())
                    && other.get().tenantId().equals(probe.tenantId())) {
                try {
                    repository.save(other.get());
                } catch (IdempotencyKeyUsed filedMeanwhile) {
                    // The twin filed it a moment ago: the same answer.
                }
                throw new IdempotencyKeyUsed(probe.key());
            }
            throw refused;
        }
    }

    /** The key as stored, the request's digest, and the kept answer's replay if there is one. */
    private record Lookup(String scopedKey, String requestHash, HttpResponse<?> replay) {
    }

    private Lookup lookUp(String tenantId, String scope, String key, String operation, Object request) {
        requireFormat(key);
        String requestHash = hash(operation + "\n" + toJson(request));
        String scopedKey = scope + "#" + key;
        var kept = repository.find(tenantId, scopedKey);
        return new Lookup(scopedKey, requestHash, kept.isPresent() ? replay(kept.get(), requestHash) : null);
    }

    private static void requireFormat(String key) {
        if (!KEY.matcher(key).matches()) {
            throw invalidKey();
        }
    }

    static DomainException invalidKey() {
        return DomainException.invalidField("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
                "Idempotency-Key 请求头应为一个 8 至 128 位的键，由字母、数字或 . _ : - 组成。",
                "Idempotency-Key must be one key of 8–128 letters, digits or . _ : -.");
    }

    private java.util.Optional<IdempotentResponse> awaitOrEmpty(String tenantId, String scopedKey, long millis) {
        try {
            return java.util.Optional.of(awaitAnswer(tenantId, scopedKey, millis));
        } catch (DomainException stillNothing) {
            return java.util.Optional.empty();
        }
    }

    /** Waits, a bounded time, for the answer of the request that holds the key; 409 if it is still working. */
    private IdempotentResponse awaitAnswer(String tenantId, String scopedKey, long millis) {
        long waited = 0;
        for (long pause = 10; waited < millis; pause = Math.min(pause * 2, 200)) {
            var kept = repository.find(tenantId, scopedKey);
            if (kept.isPresent()) {
                return kept.get();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            waited += pause;
        }
        return repository.find(tenantId, scopedKey).orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT,
                "IDEMPOTENCY_KEY_IN_PROGRESS", "使用该 Idempotency-Key 的请求正在处理中，请稍后用同一个键重试。",
                "A request with this Idempotency-Key is still being processed; retry shortly with the same key."));
    }

    /**
     * Whose keys these are: a digest of the caller's identity (the token's {@code sub} and, for a credit subject, its
     * subject id), never kept in clear: a {@code sub} may be a personal identifier at some identity providers (R-2.2).
     */
    public static String callerScope(Caller caller) {
        String who = String.valueOf(caller.userId()) + "\n" + (caller.subjectId() == null ? "" : caller.subjectId());
        return hash(who).substring(0, 32);
    }

    /** Whose keys these are for an anonymous caller: a digest of where the request came from. */
    public static String anonymousScope(String source) {
        return "anon-" + hash("anonymous\n" + source).substring(0, 27);
    }

    private HttpResponse<?> replay(IdempotentResponse kept, String requestHash) {
        if (!kept.requestHash().equals(requestHash)) {
            throw cn.yixin.domain.ProblemCode.IDEMPOTENCY_KEY_REUSED.of();
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
