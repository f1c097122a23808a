package cn.yixin.api.eligibility;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.EligibilityState;
import cn.yixin.domain.eligibility.EligibilityStatus;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.store.EligibilityCheck;
import cn.yixin.store.EligibilityRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The settlement systems' status check: the identifier in the body, one GetItem on the ledger its keyed hash
 * names, the state computed for today from the acts (so the answer is right even before today's sweep), and only
 * the status and until when in the answer. Every check is audited: a row (ledger id, never the identifier; caller;
 * answer) kept three years, and a log line.
 */
@Singleton
public class StatusChecks {

    private static final Logger AUDIT = LoggerFactory.getLogger("yixin.audit.eligibility");

    private final EligibilityRepository repository;
    private final LedgerWrites writes;
    private final PersonKeys keys;
    private final Clock clock;

    public StatusChecks(EligibilityRepository repository, LedgerWrites writes, PersonKeys keys, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.keys = keys;
        this.clock = clock;
    }

    public EligibilityViews.StatusAnswer check(Caller caller, EligibilityRequests.StatusCheck req) {
        String tenant = caller.tenant();
        EligibilityPolicy policy = writes.policy(tenant);
        PersonKeys.Person person = keys.of(tenant, req.identifier());
        LocalDate today = writes.today();
        Optional<PointsLedger> ledger = repository.byHash(tenant, person.lookupHash());
        EligibilityStatus status = ledger.map(l -> l.status(policy, today)).orElse(null);
        EligibilityState state = status == null ? EligibilityState.NORMAL : status.state();
        String ledgerId = ledger.map(PointsLedger::ledgerId).orElse(null);
        String checkId = UUID.randomUUID().toString();
        repository.audit(new EligibilityCheck(tenant, checkId, clock.instant(), caller.userId(), ledgerId, state));
        AUDIT.info("eligibility check {} tenant={} caller={} ledger={} answer={}", checkId, tenant, caller.userId(),
                ledgerId == null ? "-" : ledgerId, state);
        return new EligibilityViews.StatusAnswer(state, status == null ? null : status.until());
    }
}
