package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.sweep.SweepWindow;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.scoring.StandingChanges;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.SubjectRepository;
import cn.yixin.store.DayRows;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Daily sweep job: moves live grades when records take or lose effect by date alone (R-3.3; R-5.4 "the score moves
 * as records take or lose effect"). A write re-grades at once, but a record whose effectiveFrom is in the future, or
 * whose effectiveTo passes, changes nothing until someone writes again; this job re-grades those subjects as of the
 * sweep's day, with a history line of cause {@code EFFECTIVE_DATE} when the grade or score moves. It writes only
 * when the grade, the score or the explanation actually changes, so running a day twice changes nothing.
 *
 * <p>A record's boundaries are the day it starts counting ({@code effectiveFrom}) and the day it stops
 * ({@code effectiveTo + 1}, both dates being inclusive); under a severity-count scheme also the day an act leaves its
 * window (issue 12.2, {@code StandingChanges}). A subject is re-graded when a boundary lies in (standing's
 * {@code asOf}, today].
 *
 * <p>Which subjects: every archive write also writes a boundary row for each future boundary of its entry
 * ({@code T#<t>#BOUNDARY#<day>}, see {@code YixinTable}), and every standing write a row for each of the next days
 * its standing says it changes on ({@code Standing.changesOn}: window ends, which no entry's dates give), so the job
 * reads the rows of the last
 * days of its {@link SweepWindow} (a week by default: a week of missed runs is caught up) and
 * visits only the subjects listed: one Query per tenant and day, then one archive Query per listed subject. Cost
 * follows the records that change that day, not the number of subjects (docs/performance.md, "Daily sweep cost").
 */
@Singleton
@Named("effective-date-regrade")
public class EffectiveDateRegrade implements SweepJob {

    public static final String CAUSE = "EFFECTIVE_DATE";
    static final String SWEEP_USER = "system:daily-sweep";

    private final SubjectRepository subjects;
    private final CreditArchiveRepository archive;
    private final CreditArchive creditArchive;
    private final SweepWindow window;

    public EffectiveDateRegrade(SubjectRepository subjects, CreditArchiveRepository archive,
                                CreditArchive creditArchive, SweepWindow window) {
        this.subjects = subjects;
        this.archive = archive;
        this.creditArchive = creditArchive;
        this.window = window;
    }

    @Override
    public String name() {
        return "effective-date-regrade";
    }

    @Override
    public int run(ActiveConfig tenant, LocalDate today) {
        String t = tenant.config().id();
        Caller system = new Caller(SWEEP_USER, t, Set.of(Role.BUREAU_REVIEWER), null);
        Set<String> due = new TreeSet<>();
        for (LocalDate day : window.days(today)) {
            due.addAll(archive.subjectsListed(t, DayRows.BOUNDARY, day));
        }
        int changed = 0;
        for (String subjectId : due) {
            if (regrade(system, tenant, subjectId, today)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean regrade(Caller system, ActiveConfig tenant, String subjectId, LocalDate today) {
        String t = tenant.config().id();
        List<CreditRecord> records = archive.entries(t, subjectId).stream().map(ArchiveEntry::record).toList();
        Subject subject = subjects.find(t, subjectId).orElse(null);
        if (subject == null || subject.standing() == null || subject.standing().asOf() == null
                || !subject.standing().asOf().isBefore(today)) {
            return false;
        }
        LocalDate asOf = subject.standing().asOf();
        // A record's own boundary (its effective period), or a day the standing said it changes on (issue 12.2:
        // a severity-count window end), in (asOf, today].
        Optional<String> cause = records.stream().filter(r -> crossing(r, asOf, today).isPresent())
                .map(CreditRecord::id).findFirst();
        if (cause.isEmpty() && tenant.config().enables(subject.kind())) {
            cause = StandingChanges.cause(tenant.config().schemeFor(subject.kind()), records, asOf, today);
        }
        boolean announced = subject.standing().changesOn().stream().anyMatch(d -> d.isAfter(asOf) && !d.isAfter(today));
        if (cause.isEmpty() && !announced) {
            return false;
        }
        return creditArchive.regradeIfChanged(system, subjectId, today, CAUSE, cause.orElse(null)).isPresent();
    }

    /** The first boundary of the record in (after, today], if any. */
    static Optional<LocalDate> crossing(CreditRecord r, LocalDate after, LocalDate today) {
        LocalDate start = r.effectiveFrom();
        if (start != null && start.isAfter(after) && !start.isAfter(today)) {
            return Optional.of(start);
        }
        LocalDate stop = r.effectiveTo() == null ? null : r.effectiveTo().plusDays(1);
        if (stop != null && stop.isAfter(after) && !stop.isAfter(today)) {
            return Optional.of(stop);
        }
        return Optional.empty();
    }
}
