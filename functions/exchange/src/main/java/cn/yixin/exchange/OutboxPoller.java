package cn.yixin.exchange;

import cn.yixin.domain.subject.Subject;
import cn.yixin.store.OutboxItem;
import cn.yixin.store.OutboxRepository;
import cn.yixin.store.SubjectRepository;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Moves outbox events into the exchange database, exactly once and in order per subject (issue 14).
 * <p>
 * Why a poller and not a third consumer of the table's stream: the stream already has two consumers (notice
 * delivery, result revision), the most DynamoDB Streams serves without throttling; the outbox items are written in
 * the business transaction anyway, so a scheduled poller reads them by key (per tenant, per subject, in archive
 * order), deletes each one only after the exchange database holds it, and simply leaves them where they are while
 * that database is down — nothing to replay from a 24-hour stream window, no extra service (docs/exchange.md).
 * <p>
 * Per event: build the row, upsert by event id, then remove the outbox item. A crash between the two leaves the item;
 * the next run's upsert finds the row and only removes it (exactly once). A failure with the database unreachable
 * counts nothing and stops the run; a failure on the event itself counts an attempt and holds back that subject's
 * later events (order), and after {@code maxAttempts} the event goes to the dead-letter table with its reason and the
 * subject moves on.
 */
public final class OutboxPoller {

    /** Called after an event reached the exchange database and before it leaves the outbox (tests kill it here). */
    @FunctionalInterface
    public interface Step {
        void afterWrite(OutboxItem item);
    }

    public record Report(int written, int replayed, int deadLettered, int heldBack, boolean unavailable) {
    }

    private final OutboxRepository outbox;
    private final SubjectRepository subjects;
    private final ExchangeWriter writer;
    private final OutboundRows rows;
    private final Supplier<List<String>> tenants;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Step step;

    public OutboxPoller(OutboxRepository outbox, SubjectRepository subjects, ExchangeWriter writer, OutboundRows rows,
                        Supplier<List<String>> tenants, Clock clock, int batchSize, int maxAttempts, Step step) {
        this.outbox = outbox;
        this.subjects = subjects;
        this.writer = writer;
        this.rows = rows;
        this.tenants = tenants;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.step = step == null ? item -> { } : step;
    }

    /** One run over every tenant's outbox; stops at the first sign the exchange database is down. */
    public Report runOnce() {
        int written = 0, replayed = 0, dead = 0, held = 0;
        for (String tenant : tenants.get()) {
            Report r = runTenant(tenant);
            written += r.written;
            replayed += r.replayed;
            dead += r.deadLettered;
            held += r.heldBack;
            if (r.unavailable) {
                return new Report(written, replayed, dead, held, true);
            }
        }
        return new Report(written, replayed, dead, held, false);
    }

    public Report runTenant(String tenant) {
        int written = 0, replayed = 0, dead = 0, held = 0;
        List<OutboxItem> batch = outbox.pending(tenant, batchSize);
        Set<String> blocked = new HashSet<>();
        for (OutboxItem item : batch) {
            if (blocked.contains(item.subjectId())) {
                held++;
                continue;
            }
            try {
                Optional<Subject> subject = subjects.find(tenant, item.subjectId());
                if (subject.isEmpty()) {
                    throw new PoisonEvent("SUBJECT_NOT_FOUND");
                }
                if (writer.write(rows.row(item, subject.get(), clock.instant()))) {
                    written++;
                } else {
                    replayed++;
                }
                step.afterWrite(item);
                outbox.remove(item);
            } catch (RuntimeException e) {
                if (isOutage(e) || !writer.reachable()) {
                    return new Report(written, replayed, dead, held, true);
                }
                OutboxItem failed;
                try {
                    failed = outbox.failed(item, reason(e));
                } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException gone) {
                    // Another run wrote and removed it meanwhile (an overlapping schedule): nothing left to do.
                    continue;
                }
                if (failed.attempts() >= maxAttempts) {
                    writer.deadLetter(new DeadLetter(item.event().eventId(), tenant, item.subjectId(),
                            item.event().sequence(), item.event().type().name(), failed.attempts(), failed.lastError(),
                            clock.instant(), rows.dueOn(tenant, item.event()), item.event().itemId()));
                    outbox.remove(item);
                    dead++;
                } else {
                    blocked.add(item.subjectId());
                    held++;
                }
            }
        }
        return new Report(written, replayed, dead, held, false);
    }

    /**
     * A failure of the connection rather than of the event: SQLState class 08 (connection exception) or 57P
     * (operator intervention, a server shutting down), or a connection-level exception anywhere in the chain (a
     * pooled connection cut while the database was away fails like this once it is back).
     */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.SocketException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The reason kept with a failed event: the exception's kind and code, never the values it carried. */
    static String reason(RuntimeException e) {
        if (e instanceof PoisonEvent p) {
            return p.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = root instanceof java.sql.SQLException s && s.getSQLState() != null ? " SQLState " + s.getSQLState() : "";
        return root.getClass().getSimpleName() + state;
    }

    /** An event that cannot be written by itself (its subject is gone, its identifier does not open...). */
    public static final class PoisonEvent extends RuntimeException {
        public PoisonEvent(String code) {
            super(code);
        }
    }
}
