package cn.yixin.api.eligibility;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.eligibility.CatalogueItem;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.PointsAct;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.EligibilityRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records the points of one act against a person: the catalogue item and responsibility fix the band, the
 * points must lie in it, the basis document is required. Everything is checked before anything is read;
 * the ledger, its row, its day rows and the notices are one transaction.
 */
@Singleton
public class PointsRecording {

    private final EligibilityRepository repository;
    private final LedgerWrites writes;
    private final PersonKeys keys;
    private final SubjectRepository subjects;
    private final Idempotency retries;
    private final Clock clock;
    private final WarningsOnPoints warnings;

    public PointsRecording(EligibilityRepository repository, LedgerWrites writes, PersonKeys keys,
                           SubjectRepository subjects, Idempotency retries, Clock clock, WarningsOnPoints warnings) {
        this.warnings = warnings;
        this.repository = repository;
        this.writes = writes;
        this.keys = keys;
        this.subjects = subjects;
        this.retries = retries;
        this.clock = clock;
    }

    public EligibilityViews.LedgerView record(Caller caller, EligibilityRequests.Points req,
                                              Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        EligibilityPolicy policy = writes.policy(tenant);
        PersonKeys.Person person = keys.of(tenant, req.identifier());
        CatalogueItem item = policy.requireFits(req.itemCode(), req.responsibility(), req.points());
        BasisDocument basis = EligibilityRequests.requireBasis(req.basis());
        LocalDate today = writes.today();
        if (req.actDate().isAfter(today)) {
            throw DomainException.invalidField("actDate", "ACT_DATE_IN_FUTURE", "行为日期不能晚于今天。",
                    "The act date cannot be after today.");
        }
        String institution = req.institutionId() == null ? null : req.institutionId().trim();
        if (institution != null && subjects.find(tenant, institution).filter(s -> s.kind().isInstitution()).isEmpty()) {
            throw DomainException.invalidField("institutionId", "UNKNOWN_INSTITUTION",
                    "本地区没有所指编号的定点医药机构。", "No designated institution with that id in this tenant.");
        }
        String summary = req.summary() == null || req.summary().isBlank() ? null : req.summary().trim();
        return retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                PointsLedger before = repository.byHash(tenant, person.lookupHash()).orElse(null);
                PointsLedger base = before != null ? before : PointsLedger.open(
                        "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), person.lookupHash(),
                        keys.seal(tenant, person), person.masked());
                PointsAct act = new PointsAct("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                        item.code(), item.name(), req.responsibility(), req.points(), req.actDate(), today, basis,
                        institution, summary, caller.userId(), clock.instant(), null);
                PointsLedger after = base.with(act);
                EligibilityViews.LedgerView view;
                try {
                    view = writes.commit(tenant, before, after, policy, today, null, recorder);
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= LedgerWrites.ATTEMPTS) {
                        throw LedgerWrites.busy();
                    }
                    continue;
                }
                // a warning rule on the year's points (monitoring condition eligibilityPoints), once committed
                try {
                    warnings.pointsRecorded(tenant, after.ledgerId(), after.lookupHash(), today.getYear(),
                            after.status(policy, today).yearPoints());
                } catch (RuntimeException e) {
                    // the act stands (its answer is kept); the year's next act raises the warning (at least N)
                    org.slf4j.LoggerFactory.getLogger(PointsRecording.class)
                            .warn("Raising eligibilityPoints warnings failed for ledger {}", after.ledgerId(), e);
                }
                return view;
            }
        });
    }
}
