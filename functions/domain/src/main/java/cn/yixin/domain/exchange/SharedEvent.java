package cn.yixin.domain.exchange;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.evaluation.CycleResult;

/**
 * One item the bureau shares with the public credit platform (R-7.6, 004 §6, 002 §2(3)): produced by an archive
 * write, in the same transaction (the outbox), and written once to the exchange database (前置库).
 *
 * @param eventId   stable and unique: the exchange database upserts by it, so a replay writes nothing twice
 * @param type      what the platform is told
 * @param sequence  the archive sequence of the entry that produced it: the order per subject
 * @param record    the entry as written (a revocation carries the correcting or repairing entry)
 * @param revokesEventId for a revocation, the event id of the publication it withdraws; null otherwise
 * @param reason    why a revocation happens (CORRECTED, WITHDRAWN, REPAIRED); null for a publication
 * @param result    for {@link Type#RESULT_PUBLISHED}, the published result version (then {@code record} is null and
 *                  {@code sequence} is 0: a result has no archive sequence, its order is its year and version)
 */
public record SharedEvent(String eventId, Type type, long sequence, CreditRecord record, String revokesEventId,
                          String reason, CycleResult result) {

    public SharedEvent(String eventId, Type type, long sequence, CreditRecord record, String revokesEventId,
                       String reason) {
        this(eventId, type, sequence, record, revokesEventId, reason, null);
    }

    /** What the event is about, for the exchange row and the dead letter: the record id, or year-v-version. */
    public String itemId() {
        return record != null ? record.id() : result.year() + "-v" + result.version();
    }

    public enum Type {
        /** 双公示 行政处罚: an administrative penalty decision, published. */
        PENALTY_PUBLISHED,
        /** A correction, withdrawal or repair stops the publication of an earlier one. */
        REVOCATION,
        /** A subject put on the serious-dishonesty list (严重失信主体名单, R-3.1 category DISHONESTY_LIST). */
        DISHONESTY_LISTED,
        /** Its removal from the list: a withdrawal, correction or repair of the listing entry. */
        DISHONESTY_DELISTED,
        /**
         * A cycle's evaluation result, published after its objection window (R-5.7, 001 §27); a revision of a
         * published result is a new event for the new version (the platform keeps the latest version per year).
         */
        RESULT_PUBLISHED;

        /** Whether it withdraws an earlier publication (the exchange marks that one REVOKED). */
        public boolean withdraws() {
            return this == REVOCATION || this == DISHONESTY_DELISTED;
        }
    }
}
