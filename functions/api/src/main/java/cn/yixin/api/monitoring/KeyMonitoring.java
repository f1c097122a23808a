package cn.yixin.api.monitoring;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.MonitoringRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Key and general monitoring (重点监控 / 一般监控, 001 §32): every subject is under general monitoring; one enters key
 * monitoring by a confirmed warning, with a start, a reason and a review date, and leaves by decision.
 */
@Singleton
public class KeyMonitoring {

    private static final int ATTEMPTS = 4;

    private final MonitoringRepository repository;
    private final SubjectRepository subjects;
    private final LiveGrading grading;
    private final Idempotency retries;
    private final java.time.Clock clock;

    public KeyMonitoring(MonitoringRepository repository, SubjectRepository subjects, LiveGrading grading,
                         Idempotency retries, java.time.Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.grading = grading;
        this.retries = retries;
        this.clock = clock;
    }

    /** Subjects under key monitoring, earliest review date first, with counts per subject kind. */
    public MonitoringViews.MonitoredList list(Caller caller, Boolean reviewDue) {
        LocalDate today = grading.today();
        List<MonitoringViews.MonitoringView> key = repository.allMonitoring(caller.tenant()).stream()
                .filter(MonitoringStatus::active)
                .sorted(Comparator.comparing(MonitoringStatus::reviewOn).thenComparing(MonitoringStatus::subjectId))
                .map(m -> MonitoringViews.MonitoringView.of(m.subjectId(), m, today))
                .filter(v -> !Boolean.TRUE.equals(reviewDue) || v.reviewDue())
                .toList();
        Map<String, Integer> byKind = new TreeMap<>();
        key.forEach(v -> byKind.merge(v.subjectKind(), 1, Integer::sum));
        return new MonitoringViews.MonitoredList(byKind, key.size(), key);
    }

    /** The subject's monitoring level, for staff (general monitoring when it was never under key monitoring). */
    public MonitoringViews.MonitoringView read(Caller caller, String subjectId) {
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        return MonitoringViews.MonitoringView.of(subjectId,
                repository.monitoring(caller.tenant(), subjectId).orElse(null), grading.today());
    }

    /** Ends key monitoring by decision, with reasons; the subject returns to general monitoring. */
    public MonitoringViews.MonitoringView end(Caller caller, String subjectId, MonitoringRequests.End req,
                                              Idempotency.Recorder recorder) {
        String reasons = WarningReview.requireReasons(req.reasons());
        return retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
                MonitoringStatus before = repository.monitoring(caller.tenant(), subjectId).orElse(null);
                if (before == null || !before.active()) {
                    throw DomainException.conflict("NOT_UNDER_KEY_MONITORING", "该信用主体不在重点监控之中。",
                            "This subject is not under key monitoring.");
                }
                LocalDate today = grading.today();
                MonitoringStatus after = before.end(today, reasons,
                        new Warning.Step("KEY_ENDED", caller.userId(), clock.instant(), reasons));
                MonitoringViews.MonitoringView view = MonitoringViews.MonitoringView.of(subjectId, after, today);
                try {
                    repository.endMonitoring(caller.tenant(), before, after, recorder == null ? null : recorder.apply(view));
                    return view;
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= ATTEMPTS) {
                        throw WarningReview.busy();
                    }
                }
            }
        });
    }
}
