package cn.yixin.api.monitoring;

import cn.yixin.api.credit.MonitoringLevels;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.store.MonitoringRepository;
import jakarta.inject.Singleton;

/**
 * The monitoring level on a subject's profile (001 §32, R-8.1), for staff. The subject itself is not shown it: key or
 * general monitoring is how the handling agency (经办机构) organises its own supervision "according to the risk
 * warnings" (001 §32), not a finding about the subject; what the subject is owed is told to it already — a confirmed
 * warning and the key monitoring it brings by notice with reasons (WARNING_CONFIRMED), a low grade on its own profile —
 * and an unconfirmed warning, which the level would betray, is a suspicion it is not told of. One consistent GetItem.
 */
@Singleton
public class ProfileMonitoringLevel implements MonitoringLevels {

    private final MonitoringRepository repository;
    private final LiveGrading grading;

    public ProfileMonitoringLevel(MonitoringRepository repository, LiveGrading grading) {
        this.repository = repository;
        this.grading = grading;
    }

    @Override
    public Level levelFor(Caller caller, String subjectId) {
        if (caller.actsForSelf(subjectId)) {
            return null;
        }
        MonitoringStatus m = repository.monitoring(caller.tenant(), subjectId).orElse(null);
        MonitoringViews.MonitoringView v = MonitoringViews.MonitoringView.of(subjectId, m, grading.today());
        boolean key = m != null && m.active();
        return new Level(v.level(), v.levelName(), key ? v.since() : null, key ? v.reason() : null,
                key ? v.reviewOn() : null, key && v.reviewDue(), key && m.byGrade());
    }
}
