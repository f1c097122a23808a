package cn.yixin.api.monitoring;

import cn.yixin.api.eligibility.WarningsOnPoints;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.monitoring.ConditionKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.monitoring.WarningEvaluator;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.MonitoringRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * {@code eligibilityPoints}: a points act that brings a person's points of the year to a rule's N
 * raises one warning, once per ledger, rule and year.
 *
 * <p>On whom. Warnings live in a subject's partition, are reviewed at {@code /subjects/{id}/warnings/...}, told to the
 * subject's inbox and lead to the subject's key monitoring: all of it needs a credit subject. So the warning is raised
 * on the registered individual subject whose resident ID is the ledger's (the same tenant-keyed lookup hash, R-2.2),
 * when the rule watches that subject's kind. A person with a ledger but no registered subject (or registered by a
 * practitioner code only) raises no warning: the ledger has its own consequences and notices (interview, suspension,
 * termination — docs/eligibility.md), and a warning nobody can review or monitor would only clutter the inbox.</p>
 *
 * <p>After the ledger's transaction, not in it (the ledger is another feature's store): each warning is a conditional
 * put on its derived id, so a racing act or a retry raises it once. If the function stops in between, the next act of
 * the year raises it (the condition is "at least N", not "crossed N").</p>
 */
@Singleton
public class PointsWarnings implements WarningsOnPoints {

    private final WarningRaiser raiser;
    private final TenantDirectory tenants;
    private final SubjectRepository subjects;
    private final MonitoringRepository repository;
    private final Clock clock;

    public PointsWarnings(WarningRaiser raiser, TenantDirectory tenants, SubjectRepository subjects,
                          MonitoringRepository repository, Clock clock) {
        this.raiser = raiser;
        this.tenants = tenants;
        this.subjects = subjects;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void pointsRecorded(String tenant, String ledgerId, String lookupHash, int year, int yearPoints) {
        ActiveConfig active = tenants.current(tenant);
        MonitoringPolicy policy = raiser.policy(active);
        if (policy.rules().stream().noneMatch(r -> r.condition().kind() == ConditionKind.ELIGIBILITY_POINTS)) {
            return;
        }
        Subject subject = subjects.findIdByIdentifierHash(tenant, lookupHash).flatMap(id -> subjects.find(tenant, id))
                .filter(s -> !s.kind().isInstitution()).orElse(null);
        if (subject == null) {
            return;
        }
        List<Warning> raised = WarningEvaluator.eligibilityPoints(policy, active.version(), subject.id(),
                subject.kind(), ledgerId, year, yearPoints, repository.warnings(tenant, subject.id()), clock.instant());
        if (!raised.isEmpty()) {
            repository.raise(tenant, raised);
        }
    }
}
