package cn.yixin.api.eligibility;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.eligibility.EligibilityPolicy;
import cn.yixin.domain.eligibility.EligibilityStatus;
import cn.yixin.domain.eligibility.PointsAct;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.domain.eligibility.Transition;
import cn.yixin.store.EligibilityRepository;
import cn.yixin.store.EligibilityRow;
import cn.yixin.store.StoredNotice;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a ledger as one transaction: the ledger at the version read, its list row, the day rows of what
 * falls due later, and the notices of what happens today — to the person (kept on the ledger) and to every
 * institution named on the person's acts. A transition is told once: a retry or a second sweep of the day finds it
 * on the ledger.
 */
@Singleton
public class LedgerWrites {

    static final int ATTEMPTS = 4;

    private final EligibilityRepository repository;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final Clock clock;

    public LedgerWrites(EligibilityRepository repository, TenantDirectory tenants, LiveGrading grading, Clock clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.grading = grading;
        this.clock = clock;
    }

    public LocalDate today() {
        return grading.today();
    }

    /** The tenant's eligibility rules; refused when its file has no {@code eligibility:} section. */
    public EligibilityPolicy policy(String tenant) {
        return EligibilityPolicy.of(tenants.current(tenant).config()).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "ELIGIBILITY_NOT_CONFIGURED",
                "本地区的配置未启用医保支付资格记分管理。",
                "This tenant's configuration does not enable payment-eligibility points (eligibility)."));
    }

    static DomainException ledgerNotFound() {
        return DomainException.notFound("LEDGER_NOT_FOUND", "没有所指编号的医保支付资格记分档案。",
                "No payment-eligibility ledger with that id.");
    }

    static DomainException busy() {
        return DomainException.conflict("LEDGER_CHANGED_CONCURRENTLY", "该人员的记分档案正被同时修改，请稍后重试。",
                "This person's ledger is being changed by another request; try again.");
    }

    /**
     * Commits {@code after} over {@code before} (null for a new ledger) as of {@code today}; returns the view.
     *
     * @param changedBecause when the state changes without a transition of today (a withdrawn act), why — told too
     * @throws cn.yixin.store.ConcurrentUpdate when the ledger moved since it was read
     */
    public EligibilityViews.LedgerView commit(String tenant, PointsLedger before, PointsLedger after,
                                              EligibilityPolicy policy, LocalDate today, String changedBecause,
                                              Idempotency.Recorder recorder) {
        EligibilityStatus was = before == null ? null : before.status(policy, today);
        EligibilityStatus now = after.status(policy, today);
        List<PointsLedger.Notice> tell = new ArrayList<>();
        for (Transition t : now.on(today)) {
            if (!after.told(today, t.kind()) && tell.stream().noneMatch(n -> n.kind().equals(t.kind()))) {
                tell.add(new PointsLedger.Notice(today, t.kind(), t.reasonZh()));
            }
        }
        if (was != null && was.state() != now.state() && changedBecause != null
                && tell.stream().noneMatch(n -> n.kind().equals(now.state().name()))) {
            tell.add(new PointsLedger.Notice(today, "CHANGED_TO_" + now.state().name(),
                    changedBecause + "医保支付资格现为“" + now.state().nameZh() + "”。"));
        }
        PointsLedger told = after.told(tell);
        List<StoredNotice> notices = new ArrayList<>();
        Set<String> institutions = new LinkedHashSet<>();
        told.acts().forEach(a -> {
            if (a.institutionId() != null) {
                institutions.add(a.institutionId());
            }
        });
        for (PointsLedger.Notice n : tell) {
            for (String institution : institutions) {
                notices.add(new StoredNotice("ELIG-" + told.ledgerId() + "-" + today + "-" + n.kind(), tenant,
                        institution, "ELIGIBILITY", "本机构医务人员医保支付资格变动（" + told.maskedId() + "）",
                        n.textZh(), null, told.ledgerId(), clock.instant()));
            }
        }
        EligibilityRow row = new EligibilityRow(told.ledgerId(), told.lookupHash(), told.maskedId(), now.state(),
                now.since(), now.until(), now.yearPoints(), today);
        EligibilityViews.LedgerView view = EligibilityViews.LedgerView.of(told, now);
        repository.save(tenant, before, told, row, now.dueAfter(today), notices,
                recorder == null ? null : recorder.apply(view));
        return view;
    }

    /** The acts that still count, for a caller that needs them (a withdrawal's message). */
    static long counting(PointsLedger l) {
        return l.acts().stream().filter(PointsAct::counts).count();
    }
}
