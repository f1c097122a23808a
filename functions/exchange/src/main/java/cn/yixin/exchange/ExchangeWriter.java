package cn.yixin.exchange;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Writes outbound rows to the exchange database: an upsert by event id (a row already there is left as it is, so a
 * replay after a crash or an outage writes nothing twice), and a revocation marks the publication it withdraws in
 * the same database transaction. Portable SQL only (an existence check under the primary key, no ON CONFLICT), so
 * the PostgreSQL-compatible databases without that clause accept it too (docs/exchange.md).
 */
@Singleton
public class ExchangeWriter {

    private final OutboundItemRepository items;
    private final DeadLetterRepository deadLetters;
    private final TransactionOperations<Connection> tx;

    public ExchangeWriter(OutboundItemRepository items, DeadLetterRepository deadLetters,
                          TransactionOperations<Connection> tx) {
        this.items = items;
        this.deadLetters = deadLetters;
        this.tx = tx;
    }

    /** True when written now, false when the event id was already there (nothing changed). */
    public boolean write(OutboundItem row) {
        try {
            return insertOnce(row);
        } catch (RuntimeException e) {
            // Two runs raced for the same event (an overlapping schedule): the loser's insert meets the primary key.
            // The row is there, written once: the loser has nothing to write.
            if (isUniqueViolation(e) && items.existsById(row.eventId())) {
                return false;
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private boolean insertOnce(OutboundItem row) {
        return tx.executeWrite(status -> {
            if (items.existsById(row.eventId())) {
                return false;
            }
            items.save(row);
            if (row.revokesEventId() != null) {
                items.markRevoked(row.revokesEventId(), row.eventId());
            }
            return true;
        });
    }

    /** Keeps a poison event with its reason; idempotent by event id. */
    public void deadLetter(DeadLetter letter) {
        tx.executeWrite(status -> {
            if (!deadLetters.existsById(letter.eventId())) {
                deadLetters.save(letter);
            }
            return null;
        });
    }

    /** Whether the database answers at all: tells an outage (nothing counted) from an event that fails by itself. */
    public boolean reachable() {
        try {
            return tx.executeRead(status -> {
                try {
                    return status.getConnection().isValid(2);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }
}
