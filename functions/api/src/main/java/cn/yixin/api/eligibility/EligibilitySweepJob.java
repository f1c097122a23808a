package cn.yixin.api.eligibility;

import cn.yixin.api.sweep.SweepJob;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.EligibilityRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day's eligibility transitions: for every ledger with a day row for today — a suspension or bar that
 * ends, the yearly reset on 1 January — the state is read for today, the list row updated and the person and the
 * institutions told, once (a second run of the day finds the notice on the ledger and writes nothing).
 */
@Singleton
public class EligibilitySweepJob implements SweepJob {

    private final EligibilityRepository repository;
    private final LedgerWrites writes;

    public EligibilitySweepJob(EligibilityRepository repository, LedgerWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    @Override
    public String name() {
        return "eligibility-transitions";
    }

    @Override
    public int run(ActiveConfig tenant, LocalDate today) {
        Optional<EligibilityPolicy> policy = EligibilityPolicy.of(tenant.config());
        if (policy.isEmpty()) {
            return 0;
        }
        String id = tenant.config().id();
        int changed = 0;
        for (String ledgerId : repository.dueOn(id, today)) {
            for (int attempt = 1; attempt <= LedgerWrites.ATTEMPTS; attempt++) {
                Optional<PointsLedger> ledger = repository.byId(id, ledgerId);
                if (ledger.isEmpty()) {
                    break;
                }
                PointsLedger l = ledger.get();
                boolean untold = l.status(policy.get(), today).on(today).stream().anyMatch(t -> !l.told(today, t.kind()));
                if (!untold) {
                    break;
                }
                try {
                    writes.commit(id, l, l, policy.get(), today, null, null);
                    changed++;
                    break;
                } catch (ConcurrentUpdate moved) {
                    // a recording or withdrawal wrote the ledger meanwhile: read it again
                }
            }
        }
        return changed;
    }
}
