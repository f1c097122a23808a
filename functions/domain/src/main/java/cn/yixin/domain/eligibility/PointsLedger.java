package cn.yixin.domain.eligibility;

import cn.yixin.domain.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's payment-eligibility points ledger (医保支付资格记分, R-11.1): one per person in the tenant, keyed by the
 * keyed hash of their resident ID ({@code lookupHash}), the ID kept only sealed, shared by every institution where
 * the person practises. The state is never stored as the truth: it is read from the acts and the policy for a
 * day ({@link #status}), so a withdrawn act restores the points and the state at once, and a late sweep cannot make
 * a check answer wrong.
 *
 * @param version optimistic lock: every write is conditional on the version read
 */
public record PointsLedger(String ledgerId, String lookupHash, String sealedId, String maskedId, long version,
                           List<PointsAct> acts, List<PointsReduction> reductions, List<Notice> notices) {

    /** What the person was told, and when (the person is not necessarily a credit subject with an inbox). */
    public record Notice(LocalDate on, String kind, String textZh) {
    }

    public PointsLedger {
        acts = List.copyOf(acts);
        reductions = List.copyOf(reductions);
        notices = List.copyOf(notices);
    }

    public static PointsLedger open(String ledgerId, String lookupHash, String sealedId, String maskedId) {
        return new PointsLedger(ledgerId, lookupHash, sealedId, maskedId, 0, List.of(), List.of(), List.of());
    }

    public PointsLedger with(PointsAct act) {
        if (acts.stream().anyMatch(a -> a.actId().equals(act.actId()))) {
            throw new IllegalArgumentException("act " + act.actId() + " already on the ledger");
        }
        List<PointsAct> next = new ArrayList<>(acts);
        next.add(act);
        return new PointsLedger(ledgerId, lookupHash, sealedId, maskedId, version + 1, next, reductions, notices);
    }

    public PointsLedger with(PointsReduction r) {
        List<PointsReduction> next = new ArrayList<>(reductions);
        next.add(r);
        return new PointsLedger(ledgerId, lookupHash, sealedId, maskedId, version + 1, acts, next, notices);
    }

    /** The act withdrawn (it stays on the ledger, marked); refuses an unknown or already withdrawn act. */
    public PointsLedger withdraw(String actId, PointsAct.Withdrawal w) {
        PointsAct act = acts.stream().filter(a -> a.actId().equals(actId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("POINTS_ACT_NOT_FOUND", "此人的记分记录中没有所指编号的记分行为。",
                        "No scored act with that id on this person's ledger."));
        if (!act.counts()) {
            throw DomainException.conflict("POINTS_ACT_ALREADY_WITHDRAWN", "该记分行为已撤销，记分已恢复。",
                    "That act was already withdrawn; its points are restored.");
        }
        List<PointsAct> next = acts.stream().map(a -> a.actId().equals(actId) ? a.withdrawn(w) : a).toList();
        return new PointsLedger(ledgerId, lookupHash, sealedId, maskedId, version + 1, next, reductions, notices);
    }

    public PointsLedger told(List<Notice> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Notice> next = new ArrayList<>(notices);
        next.addAll(more);
        return new PointsLedger(ledgerId, lookupHash, sealedId, maskedId, version + 1, acts, reductions, next);
    }

    public boolean told(LocalDate on, String kind) {
        return notices.stream().anyMatch(n -> n.on().equals(on) && n.kind().equals(kind));
    }

    /** The ledger as of {@code today} under {@code policy}: the state, the year's points and every transition. */
    public EligibilityStatus status(EligibilityPolicy policy, LocalDate today) {
        return new Reading(policy).read(this, today);
    }

    /** One pass over the counting acts and reductions in date order; the state machine of. */
    private static final class Reading {
        private final EligibilityPolicy policy;
        private EligibilityState state = EligibilityState.NORMAL;
        private LocalDate since;
        private LocalDate until;
        private final Map<Integer, Integer> totals = new HashMap<>();
        private final Map<Integer, Integer> reduced = new HashMap<>();
        private final Set<Integer> suspendedYears = new HashSet<>();
        private final Set<Integer> interviewYears = new HashSet<>();
        private final List<Transition> out = new ArrayList<>();

        Reading(EligibilityPolicy policy) {
            this.policy = policy;
        }

        private record Event(LocalDate on, int order, PointsAct act, PointsReduction reduction) {
        }

        EligibilityStatus read(PointsLedger l, LocalDate today) {
            List<Event> events = new ArrayList<>();
            int i = 0;
            for (PointsAct a : l.acts()) {
                if (a.counts() && !a.scoredOn().isAfter(today)) {
                    events.add(new Event(a.scoredOn(), i++, a, null));
                }
            }
            for (PointsReduction r : l.reductions()) {
                if (!r.on().isAfter(today)) {
                    events.add(new Event(r.on(), i++, null, r));
                }
            }
            events.sort(Comparator.comparing(Event::on).thenComparingInt(Event::order));
            for (Event e : events) {
                advance(e.on());
                int year = e.on().getYear();
                if (e.reduction() != null) {
                    reduce(year);
                } else {
                    score(e.act(), year);
                }
            }
            advance(today);
            LocalDate sinceToday = since;
            LocalDate untilToday = until;
            EligibilityState stateToday = state;
            // Scheduled: the end of a suspension or bar, and the yearly reset after every year with points.
            if (state != EligibilityState.NORMAL) {
                out.add(new Transition(until.plusDays(1), "RESTORED", state, EligibilityState.NORMAL,
                        (state == EligibilityState.SUSPENDED ? "暂停期满" : "终止后限制登记期满") + "，医保支付资格恢复正常。",
                        (state == EligibilityState.SUSPENDED ? "The suspension ended" : "The re-registration bar ended")
                                + "; payment eligibility is normal again."));
            }
            for (Map.Entry<Integer, Integer> t : totals.entrySet()) {
                LocalDate reset = LocalDate.of(t.getKey() + 1, 1, 1);
                out.add(new Transition(reset, "RESET", null, null, t.getKey() + " 年度记分清零。",
                        "The points of " + t.getKey() + " reset to zero."));
            }
            out.sort(Comparator.comparing(Transition::on));
            int yearPoints = totals.getOrDefault(today.getYear(), 0);
            boolean interview = policy.interviewAt() != null && yearPoints >= policy.interviewAt()
                    && stateToday == EligibilityState.NORMAL;
            return new EligibilityStatus(today, stateToday, sinceToday, untilToday, yearPoints, interview, out);
        }

        private void advance(LocalDate day) {
            if (state != EligibilityState.NORMAL && day.isAfter(until)) {
                LocalDate back = until.plusDays(1);
                out.add(new Transition(back, "RESTORED", state, EligibilityState.NORMAL,
                        (state == EligibilityState.SUSPENDED ? "暂停期满" : "终止后限制登记期满") + "，医保支付资格恢复正常。",
                        (state == EligibilityState.SUSPENDED ? "The suspension ended" : "The re-registration bar ended")
                                + "; payment eligibility is normal again."));
                state = EligibilityState.NORMAL;
                since = back;
                until = null;
            }
        }

        private void reduce(int year) {
            int used = reduced.getOrDefault(year, 0);
            int total = totals.getOrDefault(year, 0);
            if (used < policy.reductionsPerYear() && total > 0) {
                totals.put(year, total - 1);
                reduced.put(year, used + 1);
            }
        }

        private void score(PointsAct a, int year) {
            int total = totals.merge(year, a.points(), Integer::sum);
            LocalDate on = a.scoredOn();
            if (state == EligibilityState.TERMINATED) {
                return;
            }
            if (a.points() >= EligibilityPolicy.TERMINATE_AT) {
                move(on, EligibilityState.TERMINATED, on.plusYears(EligibilityPolicy.BAR_YEARS_SINGLE_ACT).minusDays(1),
                        "一次记满 12 分，终止医保支付资格，" + EligibilityPolicy.BAR_YEARS_SINGLE_ACT + " 年内不得再次登记备案。",
                        "12 points in one act: eligibility terminated, re-registration barred for "
                                + EligibilityPolicy.BAR_YEARS_SINGLE_ACT + " years.");
            } else if (total >= EligibilityPolicy.TERMINATE_AT) {
                move(on, EligibilityState.TERMINATED, on.plusYears(EligibilityPolicy.BAR_YEARS_CUMULATIVE).minusDays(1),
                        year + " 年度累计记分达到 12 分，终止医保支付资格，" + EligibilityPolicy.BAR_YEARS_CUMULATIVE
                                + " 年内不得再次登记备案。",
                        year + ": 12 points in the year; eligibility terminated, re-registration barred for "
                                + EligibilityPolicy.BAR_YEARS_CUMULATIVE + " year.");
            } else if (total >= EligibilityPolicy.SUSPEND_AT && state == EligibilityState.NORMAL
                    && suspendedYears.add(year)) {
                move(on, EligibilityState.SUSPENDED, on.plusMonths(policy.suspensionMonths()).minusDays(1),
                        year + " 年度累计记分达到 9 分，暂停医保支付资格 " + policy.suspensionMonths()
                                + " 个月（急诊、抢救除外）。",
                        year + ": 9 points in the year; payment eligibility suspended for " + policy.suspensionMonths()
                                + " months (emergency and rescue excepted).");
            } else if (policy.interviewAt() != null && total >= policy.interviewAt() && state == EligibilityState.NORMAL
                    && interviewYears.add(year)) {
                out.add(new Transition(on, "INTERVIEW", state, state,
                        year + " 年度累计记分达到 " + policy.interviewAt() + " 分，约谈提醒。",
                        year + ": " + policy.interviewAt() + " points in the year; an interview (约谈) is due."));
            }
        }

        private void move(LocalDate on, EligibilityState to, LocalDate end, String zh, String en) {
            out.add(new Transition(on, to.name(), state, to, zh, en));
            state = to;
            since = on;
            until = end;
        }
    }
}
