package cn.yixin.domain.eligibility;

import java.time.LocalDate;

/**
 * A change of a person's eligibility on a day, or a notice-worthy event without a change of state (the
 * interview threshold, the yearly reset): what the sweep notifies on its due day.
 *
 * @param kind SUSPENDED, TERMINATED, RESTORED, INTERVIEW, RESET
 */
public record Transition(LocalDate on, String kind, EligibilityState from, EligibilityState to, String reasonZh,
                         String reasonEn) {
}
