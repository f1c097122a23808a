package cn.yixin.api.idempotency;

import cn.yixin.domain.DomainException;
import cn.yixin.store.IdempotencyKeyUsed;
import cn.yixin.store.IdempotencyRepository;
import cn.yixin.store.IdempotentResponse;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A retry that arrives while its first request is still in flight passes {@link Idempotency}'s look-up (nothing is
 * kept yet), then meets the state the first request leaves behind (a decided case, an executed repair) and would be
 * refused 409 although its twin succeeded (issue 10.3). Such a refusal is checked against the key once more: if the
 * first request's answer is kept by now, the retry is answered with it — {@link IdempotencyKeyUsed} makes
 * {@link Idempotency#run} replay it, comparing the request as for any replay (same key, other body: 422).
 */
@Singleton
public class InFlightRetries {

    private final IdempotencyRepository repository;

    public InFlightRetries(IdempotencyRepository repository) {
        this.repository = repository;
    }

    /** Where else an answer may be kept before its row is (a parent's review answer, kept on the child's case). */
    @FunctionalInterface
    public interface Elsewhere {
        Optional<IdempotentResponse> find(IdempotentResponse probe);
    }

    /** Runs {@code work}; a conflict it meets is answered with the key's kept answer, if there is one by now. */
    public <T> T run(Idempotency.Recorder recorder, Supplier<T> work) {
        return run(recorder, work, probe -> Optional.empty());
    }

    /**
     * As {@link #run(Idempotency.Recorder, Supplier)}; an answer found only {@code elsewhere} is filed under its key
     * first (a retry must not wait for its twin to get that far), then replayed.
     */
    public <T> T run(Idempotency.Recorder recorder, Supplier<T> work, Elsewhere elsewhere) {
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
            Optional<IdempotentResponse> other = elsewhere.find(probe);
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
}
