package cn.yixin.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * A ledger read as of one day: the state, since and until when (null while NORMAL), the points of the
 * day's calendar year, whether an interview (约谈) is due, and every transition so far and still scheduled.
 */
public record EligibilityStatus(LocalDate asOf, EligibilityState state, LocalDate since, LocalDate until,
                                int yearPoints, boolean interviewDue, List<Transition> transitions) {

    public EligibilityStatus {
        transitions = List.copyOf(transitions);
    }

    /** The transitions due on {@code day} (what the sweep tells the person and the institutions that day). */
    public List<Transition> on(LocalDate day) {
        return transitions.stream().filter(t -> t.on().equals(day)).toList();
    }

    /** The days after {@code day} on which something is due: the sweep's day rows. */
    public List<LocalDate> dueAfter(LocalDate day) {
        return transitions.stream().map(Transition::on).filter(d -> d.isAfter(day)).distinct().sorted().toList();
    }
}
