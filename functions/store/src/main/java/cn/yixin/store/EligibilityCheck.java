package cn.yixin.store;

import cn.yixin.domain.eligibility.EligibilityState;

import java.time.Instant;

/**
 * One settlement status check as audited: who asked, when, about which ledger (its id, never the
 * identifier; null when the person has none) and the answer given.
 */
public record EligibilityCheck(String tenantId, String checkId, Instant at, String caller, String ledgerId,
                               EligibilityState answered) {
}
