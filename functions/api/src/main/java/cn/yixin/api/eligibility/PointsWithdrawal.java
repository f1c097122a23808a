package cn.yixin.api.eligibility;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.PointsAct;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.EligibilityRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * Withdraws an act's points (R-11.1, R-6.x): a reviewer, citing the objection upheld or the document that corrected
 * or revoked the basis. The act stays on the ledger, marked; the points and the state are read again without it,
 * so a suspension or termination it caused ends at once and the person and the institutions are told.
 */
@Singleton
public class PointsWithdrawal {

    private final EligibilityRepository repository;
    private final LedgerWrites writes;
    private final Idempotency retries;

    public PointsWithdrawal(EligibilityRepository repository, LedgerWrites writes, Idempotency retries) {
        this.repository = repository;
        this.writes = writes;
        this.retries = retries;
    }

    public EligibilityViews.LedgerView withdraw(Caller caller, String ledgerId, String actId,
                                                EligibilityRequests.Withdrawal req, Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        String reasons = EligibilityRequests.requireText("reasons", req.reasons(), "撤销记分须说明理由。",
                "A withdrawal needs its reasons.");
        String reference = EligibilityRequests.requireText("reference", req.reference(),
                "撤销记分须注明所依据的异议案件编号或更正文书文号。",
                "A withdrawal cites the objection case or the correcting document.");
        return retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                // Not found before anything else: another tenant's ledger id is answered as if it did not exist.
                PointsLedger before = repository.byId(tenant, ledgerId).orElseThrow(LedgerWrites::ledgerNotFound);
                EligibilityPolicy policy = writes.policy(tenant);
                LocalDate today = writes.today();
                PointsLedger after = before.withdraw(actId, new PointsAct.Withdrawal(today, caller.userId(), reasons,
                        reference));
                try {
                    return writes.commit(tenant, before, after, policy, today,
                            "所涉记分行为已撤销（" + reference + "），记分已恢复；", recorder);
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= LedgerWrites.ATTEMPTS) {
                        throw LedgerWrites.busy();
                    }
                }
            }
        });
    }
}
