package cn.yixin.api.grading;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.scoring.CreditEvaluator;
import cn.yixin.domain.scoring.Evaluation;
import cn.yixin.domain.scoring.StandingChanges;
import cn.yixin.domain.subject.Standing;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Recomputes a subject's live grade from its whole archive under its tenant's current configuration
 * (R-5.1–5.4: evaluation is dynamic; every change is kept). Dates are China Standard Time: a record that takes
 * effect "today" does so on the bureau's calendar day, not UTC's.
 */
@Singleton
public class LiveGrading {

    public static final ZoneId CHINA = CreditRecord.CHINA;

    private final Clock clock;
    private final CreditEvaluator evaluator = new CreditEvaluator();

    public LiveGrading(Clock clock) {
        this.clock = clock;
    }

    /** The China Standard Time day a record was written on (when its effect as of that day was already counted). */

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }

    public Standing grade(ActiveConfig active, SubjectKind kind, List<CreditRecord> records) {
        return grade(active, kind, records, today());
    }

    /** The grade as of a given day (the daily sweep's day, R-3.3: records take or lose effect by date). */
    public Standing grade(ActiveConfig active, SubjectKind kind, List<CreditRecord> records, LocalDate asOf) {
        Evaluation e = evaluator.evaluate(active.config(), active.version(), kind, records, asOf);
        List<Standing.Line> lines = e.contributions().stream()
                .map(c -> new Standing.Line(c.recordId(), c.indicator(), c.points(), c.note(), c.indicatorName()))
                .toList();
        return new Standing(e.scheme(), e.method().name(), e.score(), e.grade(), e.gradeName(),
                e.lowestGradeOverride(), e.configVersion(), e.asOf(), clock.instant(), lines,
                StandingChanges.after(active.config().schemeFor(kind), records, asOf, StandingChanges.AHEAD));
    }
}
