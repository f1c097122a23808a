package cn.yixin.api.eligibility;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.EligibilityState;
import cn.yixin.store.EligibilityRepository;
import cn.yixin.store.EligibilityRow;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A person's ledger, and the tenant's persons by state, for bureau staff. No identifier is reachable here. */
@Singleton
public class LedgerReads {

    private final EligibilityRepository repository;
    private final LedgerWrites writes;

    public LedgerReads(EligibilityRepository repository, LedgerWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    public EligibilityViews.LedgerView read(Caller caller, String ledgerId) {
        String tenant = caller.tenant();
        // Not found before anything else: another tenant's ledger id is answered as if it did not exist.
        var ledger = repository.byId(tenant, ledgerId).orElseThrow(LedgerWrites::ledgerNotFound);
        EligibilityPolicy policy = writes.policy(tenant);
        return EligibilityViews.LedgerView.of(ledger, ledger.status(policy, writes.today()));
    }

    /**
     * Persons with a ledger, suspended and terminated first; {@code state} filters. A row whose period ended before
     * today reads NORMAL even if today's sweep has not yet run.
     */
    public EligibilityViews.LedgerList list(Caller caller, String state) {
        EligibilityState wanted = null;
        if (state != null) {
            try {
                wanted = EligibilityState.valueOf(state.trim());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("state", "UNKNOWN_ELIGIBILITY_STATE",
                        "所填状态不存在，应为正常、暂停或终止之一。", "state must be NORMAL, SUSPENDED or TERMINATED.");
            }
        }
        LocalDate today = writes.today();
        EligibilityState filter = wanted;
        List<EligibilityViews.RowView> rows = repository.rows(caller.tenant()).stream()
                .map(r -> current(r, today))
                .filter(r -> filter == null || r.state() == filter)
                .sorted(Comparator.comparing((EligibilityRow r) -> -r.state().ordinal()).thenComparing(EligibilityRow::ledgerId))
                .map(EligibilityViews.RowView::of)
                .toList();
        return new EligibilityViews.LedgerList(rows.size(), rows);
    }

    private static EligibilityRow current(EligibilityRow r, LocalDate today) {
        if (r.state() != EligibilityState.NORMAL && r.until() != null && r.until().isBefore(today)) {
            return new EligibilityRow(r.ledgerId(), r.lookupHash(), r.maskedId(), EligibilityState.NORMAL,
                    r.until().plusDays(1), null, r.asOf().getYear() == today.getYear() ? r.yearPoints() : 0, r.asOf());
        }
        if (r.asOf().getYear() != today.getYear()) {
            return new EligibilityRow(r.ledgerId(), r.lookupHash(), r.maskedId(), r.state(), r.since(), r.until(), 0,
                    r.asOf());
        }
        return r;
    }
}
