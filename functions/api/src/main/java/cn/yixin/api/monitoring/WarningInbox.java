package cn.yixin.api.monitoring;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.store.MonitoringRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading warnings: the staff inbox by level and age, and one subject's warnings. A subject sees only its
 * confirmed warnings (with the bureau's reasons): an unconfirmed warning is a suspicion, not a finding.
 */
@Singleton
public class WarningInbox {

    private final MonitoringRepository repository;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final WarningRaiser raiser;
    private final LiveGrading grading;

    public WarningInbox(MonitoringRepository repository, SubjectRepository subjects, TenantDirectory tenants,
                        WarningRaiser raiser, LiveGrading grading) {
        this.repository = repository;
        this.subjects = subjects;
        this.tenants = tenants;
        this.raiser = raiser;
        this.grading = grading;
    }

    /** Warnings of {@code status} (OPEN when absent), of one level if given: most serious first, then oldest first. */
    public MonitoringViews.Inbox inbox(Caller caller, Warning.Status status, String level) {
        MonitoringPolicy policy = raiser.policy(tenants.current(caller.tenant()));
        if (level != null && !policy.levels().contains(level.strip())) {
            throw DomainException.invalidField("level", "UNKNOWN_WARNING_LEVEL",
                    "所填预警级别不在本地区的预警级别之中。",
                    "The level is not one of this tenant's warning levels.");
        }
        Warning.Status wanted = status == null ? Warning.Status.OPEN : status;
        LocalDate today = grading.today();
        List<Warning> matching = repository.allWarnings(caller.tenant()).stream()
                .filter(w -> w.status() == wanted)
                .sorted(Comparator.comparingInt(Warning::levelRank).thenComparing(Warning::raisedAt)
                        .thenComparing(Warning::id))
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        policy.levels().forEach(l -> counts.put(l, 0));
        matching.forEach(w -> counts.merge(w.level(), 1, Integer::sum));
        return new MonitoringViews.Inbox(counts, matching.stream()
                .filter(w -> level == null || w.level().equals(level.strip()))
                .map(w -> MonitoringViews.WarningView.of(w, today)).toList());
    }

    /** Staff: every warning of the subject, newest first. The subject itself: its confirmed warnings only. */
    public List<?> ofSubject(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        List<Warning> all = repository.warnings(caller.tenant(), subjectId).stream()
                .sorted(Comparator.comparing(Warning::raisedAt).reversed()).toList();
        if (caller.actsForSelf(subjectId)) {
            return all.stream().filter(w -> w.status() == Warning.Status.CONFIRMED)
                    .map(MonitoringViews.OwnWarningView::of).toList();
        }
        LocalDate today = grading.today();
        return all.stream().map(w -> MonitoringViews.WarningView.of(w, today)).toList();
    }
}
