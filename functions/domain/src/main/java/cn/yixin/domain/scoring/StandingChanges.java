package cn.yixin.domain.scoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.tenant.Scheme;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The days on which a subject's standing changes by date alone, under its scheme (issue 12.2; ):
 * a record starts counting ({@code effectiveFrom}) or stops ({@code effectiveTo + 1}, which is also where an executed
 * repair ends a record), and under SEVERITY_COUNT an act enters the window on its date and leaves it the first day
 * it is {@code windowMonths} or more months old (Qinhuangdao's "1年内", Shenzhen's qualitative kinds). Nothing is
 * written on those days, so the daily sweep must re-grade the subject then; this says when.
 */
public final class StandingChanges {

    /** How many of the next days a standing write announces; each of them announces the next ones again. */
    public static final int AHEAD = 3;

    private StandingChanges() {
    }

    /** The first {@code limit} days after {@code after} on which the standing may change, ascending. */
    public static List<LocalDate> after(Scheme scheme, List<CreditRecord> records, LocalDate after, int limit) {
        return days(scheme, records, after, null).keySet().stream().limit(limit).toList();
    }

    /** A record whose date in (after, through] moved the standing (the cause of a re-grade), if any. */
    public static Optional<String> cause(Scheme scheme, List<CreditRecord> records, LocalDate after, LocalDate through) {
        return days(scheme, records, after, through).values().stream().findFirst();
    }

    /** The day an act of {@code actDate} is first outside a window of {@code months} (CreditEvaluator's rule). */
    public static LocalDate windowEnd(LocalDate actDate, int months) {
        LocalDate d = actDate.plusMonths(months);
        while (d.minusMonths(months).isBefore(actDate)) {
            d = d.plusDays(1); // month-end clipping: 31 March + 1 month is 30 April, still inside
        }
        return d;
    }

    /** Whether the record is an act a SEVERITY_COUNT scheme counts, and its date. */
    static boolean isAct(CreditRecord r) {
        return r.polarity() == Polarity.NEGATIVE && (r.severity() == Severity.GENERAL || r.severity() == Severity.SERIOUS);
    }

    static LocalDate actDate(CreditRecord r) {
        return r.basis() != null && r.basis().date() != null ? r.basis().date() : r.effectiveFrom();
    }

    private static TreeMap<LocalDate, String> days(Scheme scheme, List<CreditRecord> records, LocalDate after,
                                                   LocalDate through) {
        Set<String> superseded = new HashSet<>();
        records.forEach(r -> {
            if (r.supersedes() != null) {
                superseded.add(r.supersedes());
            }
        });
        TreeMap<LocalDate, String> out = new TreeMap<>();
        for (CreditRecord r : records) {
            if (r.voided() || superseded.contains(r.id())) {
                continue;
            }
            add(out, r.effectiveFrom(), r, after, through);
            add(out, r.effectiveTo() == null ? null : r.effectiveTo().plusDays(1), r, after, through);
            if (!scheme.method().isScored() && isAct(r) && actDate(r) != null) {
                add(out, actDate(r), r, after, through);
                add(out, windowEnd(actDate(r), scheme.windowMonths()), r, after, through);
            }
        }
        return out;
    }

    private static void add(TreeMap<LocalDate, String> out, LocalDate day, CreditRecord r, LocalDate after,
                            LocalDate through) {
        if (day != null && day.isAfter(after) && (through == null || !day.isAfter(through))) {
            out.putIfAbsent(day, r.id());
        }
    }
}
