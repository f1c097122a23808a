package cn.yixin.api.objection;

import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.ObjectionRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily: marks cases whose decision or review is past due as overdue, and closes decided cases whose review
 * window passed unused. Reads only the tenant's open rows; running a day twice changes nothing the second time.
 */
@Singleton
public class ObjectionDeadlineSweep implements SweepJob {

    private final ObjectionRepository repository;
    private final Objections objections;
    private final Clock clock;

    public ObjectionDeadlineSweep(ObjectionRepository repository, Objections objections, Clock clock) {
        this.repository = repository;
        this.objections = objections;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "objection-deadlines";
    }

    @Override
    public int run(ActiveConfig tenant, LocalDate today) {
        String t = tenant.config().id();
        int changed = 0;
        for (ObjectionRepository.OpenCase open : repository.open(t)) {
            ObjectionCase c = repository.find(t, open.subjectId(), open.caseId()).orElse(null);
            ObjectionCase after = c == null ? null : c.sweep(today, clock.instant());
            if (after == null) {
                continue;
            }
            try {
                repository.update(c, after, null, ObjectionRepository.Mark.KEEP, null);
                changed++;
                objections.tell(objections.subject(after), after);
            } catch (ConcurrentUpdate moved) {
                // A reviewer acted meanwhile; tomorrow's run looks again.
            }
        }
        return changed;
    }
}
