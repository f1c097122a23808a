package cn.yixin.store;

import cn.yixin.domain.eligibility.EligibilityState;

import java.time.LocalDate;

/**
 * A person's row in the tenant's list of ledgers: the ledger id used in URLs (never the identifier), the
 * masked identifier, and the state as of {@code asOf} (the last write or the sweep of a due day).
 */
public record EligibilityRow(String ledgerId, String lookupHash, String maskedId, EligibilityState state,
                             LocalDate since, LocalDate until, int yearPoints, LocalDate asOf) {
}
