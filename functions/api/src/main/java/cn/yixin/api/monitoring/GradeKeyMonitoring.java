package cn.yixin.api.monitoring;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.domain.monitoring.KeyByGrade;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.MonitoringRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/**
 * Key monitoring by a low grade (001 §32, R-8.1, issue 15; the rule is {@link KeyByGrade}): after a write that moved
 * a subject's live grade has committed, the subject enters key monitoring when the grade moved into the tenant's low
 * grades, and leaves it when a grade-entered period's grade moves out again.
 *
 * <p>Why after the write and not in its transaction: the monitoring row is derived from the grade, which the archive
 * write has already stored; the write's transaction stays as it is (it already carries the entry, warnings, day rows,
 * outbox events). The row's put is conditional (no row, or the row exactly as read), so two writers never both enter
 * or end; a loser re-reads and decides again. If this step is lost (the function stops between the two), the next
 * write that moves the grade decides from the row and the grade as they are then. A later write that moved the grade
 * again decides for itself: this one skips when the stored grade is no longer the one it wrote.</p>
 */
@Singleton
public class GradeKeyMonitoring {

    private static final Logger LOG = LoggerFactory.getLogger(GradeKeyMonitoring.class);
    private static final int ATTEMPTS = 3;

    private final MonitoringRepository repository;
    private final SubjectRepository subjects;
    private final LiveGrading grading;
    private final Clock clock;

    public GradeKeyMonitoring(MonitoringRepository repository, SubjectRepository subjects, LiveGrading grading,
                              Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.grading = grading;
        this.clock = clock;
    }

    /** Decides and writes; never throws (the grade is stored already, and the next move decides again). */
    public void moved(MonitoringPolicy policy, Subject before, Subject after) {
        if (after.standing() == null) {
            return;
        }
        moved(policy, after.tenantId(), after.id(), after.kind(),
                before.standing() == null ? null : before.standing().grade(), after.standing().grade());
    }

    /** The same, from the two grades of the write that committed. */
    public void moved(MonitoringPolicy policy, String tenant, String subjectId, cn.yixin.domain.SubjectKind kind,
                      String gradeBefore, String gradeAfter) {
        KeyByGrade rule = policy.keyByGrade();
        if (rule == null || !rule.watches(kind) || gradeAfter == null || Objects.equals(gradeBefore, gradeAfter)) {
            return;
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Subject now = subjects.find(tenant, subjectId).orElse(null);
                if (now == null || now.standing() == null || !gradeAfter.equals(now.standing().grade())) {
                    return;   // moved again since: that write decides
                }
                MonitoringStatus current = repository.monitoring(tenant, subjectId).orElse(null);
                MonitoringStatus next = rule.decide(subjectId, kind, gradeBefore, gradeAfter, current,
                        policy.reviewDays(), grading.today(), clock.instant());
                if (next == null) {
                    return;
                }
                try {
                    repository.putMonitoring(tenant, current, next);
                    return;
                } catch (ConcurrentUpdate lost) {
                    // another writer changed the row: read it again and decide again
                }
            }
            LOG.warn("Key monitoring by grade for subject {} not decided after {} attempts", subjectId, ATTEMPTS);
        } catch (RuntimeException e) {
            LOG.warn("Key monitoring by grade for subject {} failed; the next grade move decides again", subjectId, e);
        }
    }
}
