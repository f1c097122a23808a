package cn.yixin.store;

import cn.yixin.domain.eligibility.PointsLedger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Payment-eligibility points ledgers, one per person in the tenant, keyed by the identifier's keyed hash. */
public interface EligibilityRepository {

    /** The settlement check's one read: the ledger under the identifier's keyed hash. */
    Optional<PointsLedger> byHash(String tenantId, String lookupHash);

    Optional<PointsLedger> byId(String tenantId, String ledgerId);

    List<EligibilityRow> rows(String tenantId);

    /**
     * One ledger write in one transaction: the ledger onto no item ({@code before} null) or onto the version read
     * ({@link ConcurrentUpdate} otherwise), its list row, a day row for every day something falls due, the notices
     * to institutions, the idempotent answer.
     */
    void save(String tenantId, PointsLedger before, PointsLedger after, EligibilityRow row, List<LocalDate> dueDays,
              List<StoredNotice> notices, IdempotentResponse response);

    /** Ledger ids with something due on {@code day} (the sweep's day rows). */
    List<String> dueOn(String tenantId, LocalDate day);

    /** Keeps the audit row of one settlement status check. */
    void audit(EligibilityCheck check);

    /** The audit rows of a day, oldest first. */
    List<EligibilityCheck> checks(String tenantId, LocalDate day);
}
