package cn.yixin.api.evaluation;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.evaluation.ExclusionRules;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;

/** Records and reads the facts of on the subject's own partition, for the kinds its tenant's exclusion rules name. */
@Singleton
public class SubjectFactsService {

    private final EvaluationRepository repository;
    private final SubjectRepository subjects;
    private final LiveGrading grading;
    private final Clock clock;
    private final TenantDirectory tenants;
    private final ResultRevision revision;
    private final WarningsOnFacts warnings;

    public SubjectFactsService(EvaluationRepository repository, SubjectRepository subjects, LiveGrading grading,
                               Clock clock, TenantDirectory tenants, ResultRevision revision, WarningsOnFacts warnings) {
        this.warnings = warnings;
        this.tenants = tenants;
        this.revision = revision;
        this.repository = repository;
        this.subjects = subjects;
        this.grading = grading;
        this.clock = clock;
    }

    public SubjectFacts read(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        return repository.facts(caller.tenant(), subjectId);
    }

    public EvaluationViews.Facts record(Caller caller, String subjectId, FactsRequest req, Idempotency.Recorder recorder) {
        Subject subject = subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        // Issue 12.3: the facts serve the tenant's own exclusion rules; where none concerns the kind, they
        // would change nothing, so they are refused rather than stored and silently ignored.
        // R-8.1 (issue 15): a year's fund expenditure is also taken where a warning rule of the tenant watches its
        // jump for the kind (Sichuan has no exclusion rule but a fundExpenditureJump rule); an agreement is not.
        boolean forMonitoring = req.agreement() == null
                && warnings.watchesFund(tenants.current(caller.tenant()), subject.kind());
        if (!ExclusionRules.applies(tenants.current(caller.tenant()).config(), subject.kind()) && !forMonitoring) {
            throw DomainException.invalidField("subjectId", "FACTS_NOT_APPLICABLE",
                    "本地区信用评价规则未规定“" + subject.kind().nameZh()
                            + "”不参与评价的情形，无需登记服务协议和医保基金支出情况。",
                    "This bureau's evaluation rules set no case in which a " + subject.kind()
                            + " is not evaluated; agreement and fund-expenditure facts are not taken.");
        }
        if (req.agreement() == null && req.fundExpenditure() == null) {
            throw DomainException.invalidField("agreement", "FACTS_EMPTY", "请提供服务协议情况或年度基金支出情况。",
                    "Give the agreement, the fund expenditure of a year, or both.");
        }
        SubjectFacts.Agreement agreement = null;
        if (req.agreement() != null) {
            var a = req.agreement();
            if (a.status() == null) {
                throw DomainException.invalidField("agreement.status", "AGREEMENT_STATUS_REQUIRED",
                        "请填写服务协议状态。", "agreement.status is required.");
            }
            if (a.status().ended() != (a.endedOn() != null)) {
                throw DomainException.invalidField("agreement.endedOn", "AGREEMENT_ENDED_ON_MISMATCH",
                        "协议已解除时须填写解除日期（endedOn），协议未解除时不得填写。",
                        "endedOn is required when the agreement has ended, and only then.");
            }
            if (a.endedOn() != null && a.endedOn().isAfter(grading.today())) {
                throw DomainException.invalidField("agreement.endedOn", "AGREEMENT_ENDED_IN_FUTURE",
                        "协议解除日期不能晚于今天。", "endedOn cannot be in the future.");
            }
            agreement = new SubjectFacts.Agreement(a.status(), a.endedOn(), a.note(), caller.userId(), clock.instant());
        }
        SubjectFacts.FundExpenditure fund = null;
        if (req.fundExpenditure() != null) {
            var f = req.fundExpenditure();
            if (f.year() < 2000 || f.year() > grading.today().getYear()) {
                throw ProblemCode.INVALID_CYCLE_YEAR.onField("fundExpenditure.year", ProblemCode.Bilingual.of("基金支出年度", "fund-expenditure year"), 2000, grading.today().getYear());
            }
            BigDecimal yuan = f.amountYuan();
            if (yuan == null || yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
                throw DomainException.invalidField("fundExpenditure.amountYuan", "INVALID_AMOUNT",
                        "基金支出金额应为不小于 0 的元金额，最多两位小数。",
                        "amountYuan must be a non-negative amount in yuan with at most two decimals.");
            }
            fund = new SubjectFacts.FundExpenditure(f.year(), yuan.movePointRight(2).longValueExact(), caller.userId(),
                    clock.instant());
        }
        SubjectFacts before = repository.facts(caller.tenant(), subjectId);
        java.util.Map<Integer, SubjectFacts.FundExpenditure> funds = new java.util.HashMap<>(before.fundExpenditure());
        if (fund != null) {
            funds.put(fund.year(), fund);
        }
        EvaluationViews.Facts after = EvaluationViews.of(
                new SubjectFacts(agreement != null ? agreement : before.agreement(), funds));
        // a year's expenditure far above the year before (or the year after, recorded first) raises a warning
        // in this very transaction, once per subject, rule and year.
        java.util.List<cn.yixin.domain.monitoring.Warning> raised = fund == null ? java.util.List.of()
                : warnings.raisedByFund(tenants.current(caller.tenant()), subject, before, fund);
        try {
            repository.recordFacts(caller.tenant(), subjectId, agreement, fund, raised,
                    recorder == null ? null : recorder.apply(after));
        } catch (ConcurrentUpdate gone) {
            throw Caller.subjectNotFound(subjectId);
        }
        reviseResults(caller.tenant(), subjectId, agreement, fund);
        return after;
    }

    /**
     * Late facts (issue 12.1): a result already made for a cycle the facts concern is evaluated again and, when the
     * outcome moves (now excluded, or evaluated after all), revised with cause FACTS and notified. A fund
     * expenditure concerns its year; an agreement every cycle with a result. A result under objection is left to the
     * objection's decision, which evaluates the archive and facts as they then are.
     */
    private void reviseResults(String tenant, String subjectId, SubjectFacts.Agreement agreement,
                               SubjectFacts.FundExpenditure fund) {
        java.util.Map<Integer, cn.yixin.domain.evaluation.CycleResult> latest = new java.util.TreeMap<>();
        for (var r : repository.results(tenant, subjectId)) {
            latest.merge(r.year(), r, (a, b) -> a.version() >= b.version() ? a : b);
        }
        for (var r : latest.values()) {
            boolean concerned = agreement != null || (fund != null && fund.year() == r.year());
            if (concerned && r.objectionCase() == null) {
                revision.revise(tenant, subjectId, r.year(), ResultRevision.Cause.FACTS,
                        "登记了信用主体的服务协议或医保基金支出情况",
                        "信用主体事实登记（" + grading.today() + "）");
            }
        }
    }
}
