package cn.yixin.api.monitoring;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.monitoring.ConditionKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.monitoring.WarningEvaluator;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.MonitoringRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Raises warnings on the write path (R-8.1, issue 15): every archive write asks which warnings its entry raises and
 * puts them in its own transaction. Chosen over the table stream, which already has its two consumers (notices,
 * evaluation), the most a DynamoDB stream serves without throttling its readers; in the transaction a warning can
 * never exist without the record it cites nor be lost after it, and a retried write re-reads the stored warnings
 * (the subject's version lock serialises writers), so nothing is raised twice.
 *
 * <p>Cost per write: nothing when no rule of the tenant watches the subject's kind; otherwise one strongly
 * consistent Query on the subject's warnings (1 RCU for up to 4 KB) and one transactional put (2 WCU per KB) per
 * warning raised, which is rare. The rules themselves are evaluated in memory over the archive already read.</p>
 */
@Singleton
public class WarningRaiser implements cn.yixin.api.credit.WarningsOnWrite, cn.yixin.api.evaluation.WarningsOnFacts {

    private final MonitoringRepository repository;
    private final Clock clock;
    private final GradeKeyMonitoring byGrade;
    private final Map<String, MonitoringPolicy> policies = new ConcurrentHashMap<>();

    public WarningRaiser(MonitoringRepository repository, Clock clock, GradeKeyMonitoring byGrade) {
        this.repository = repository;
        this.clock = clock;
        this.byGrade = byGrade;
    }

    /** The tenant's policy of the configuration version in force (parsed once per version). */
    public MonitoringPolicy policy(ActiveConfig active) {
        return policies.computeIfAbsent(active.config().id() + "#" + active.version(),
                k -> MonitoringPolicy.of(active.config()));
    }

    /** The warnings {@code added} raises as it is written; empty when none (or no rule watches the subject). */
    @Override
    public List<Warning> raisedBy(ActiveConfig active, Subject before, Standing after, List<CreditRecord> records,
                                  CreditRecord added, WarningEvaluator.Event event) {
        MonitoringPolicy policy = policy(active);
        if (policy.rulesFor(before.kind()).isEmpty()) {
            return List.of();
        }
        List<String> order = active.config().schemeFor(before.kind()).gradeScale().grades();
        Standing old = before.standing();
        var write = new WarningEvaluator.Write(before.id(), before.kind(), records, added, event,
                old == null ? null : old.grade(), old == null ? null : old.score(), after.grade(), after.score(), order,
                repository.warnings(before.tenantId(), before.id()));
        return WarningEvaluator.evaluate(policy, active.version(), write, clock.instant());
    }

    /** After a grade-moving write committed: key monitoring by a low grade (R-8.1, {@link GradeKeyMonitoring}). */
    @Override
    public void gradeMoved(ActiveConfig active, Subject before, Subject after) {
        byGrade.moved(policy(active), before, after);
    }

    /**
     * fundExpenditureJump (R-8.1) on the facts write: the year recorded against the year before, and the year after
     * (already recorded) against it, so the jump is seen whichever of the two years arrives last. Once per subject,
     * rule and year: the id derives from them, a stored id is not raised again.
     */
    @Override
    public boolean watchesFund(ActiveConfig active, cn.yixin.domain.SubjectKind kind) {
        return policy(active).rulesFor(kind).stream()
                .anyMatch(r -> r.condition().kind() == ConditionKind.FUND_EXPENDITURE_JUMP);
    }

    @Override
    public List<Warning> raisedByFund(ActiveConfig active, Subject subject, SubjectFacts before,
                                      SubjectFacts.FundExpenditure fund) {
        MonitoringPolicy policy = policy(active);
        if (!watchesFund(active, subject.kind())) {
            return List.of();
        }
        Map<Integer, Long> fen = new java.util.HashMap<>();
        before.fundExpenditure().forEach((y, f) -> fen.put(y, f.amountFen()));
        fen.put(fund.year(), fund.amountFen());
        List<Warning> existing = new ArrayList<>(repository.warnings(subject.tenantId(), subject.id()));
        List<Warning> out = new ArrayList<>();
        for (int year : new int[]{fund.year(), fund.year() + 1}) {
            List<Warning> raised = WarningEvaluator.fundJump(policy, active.version(), subject.id(), subject.kind(),
                    year, fen.get(year), fen.get(year - 1), existing, clock.instant());
            out.addAll(raised);
            existing.addAll(raised);
        }
        return out;
    }
}
