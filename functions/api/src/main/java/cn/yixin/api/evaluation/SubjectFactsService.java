package cn.yixin.api.evaluation;

import cn.yixin.api.credit.Idempotency;
import cn.yixin.api.credit.LiveGrading;
import cn.yixin.api.security.Caller;
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

/** Records and reads the facts of on the subject's own partition. */
@Singleton
public class SubjectFactsService {

    private final EvaluationRepository repository;
    private final SubjectRepository subjects;
    private final LiveGrading grading;
    private final Clock clock;

    public SubjectFactsService(EvaluationRepository repository, SubjectRepository subjects, LiveGrading grading,
                               Clock clock) {
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
        if (!ExclusionRules.applies(subject.kind())) {
            throw DomainException.invalidField("subjectId", "FACTS_NOT_APPLICABLE",
                    "服务协议和医保基金支出情况只适用于定点医药机构（001 §23），不适用于“" + subject.kind().nameZh() + "”。",
                    "Agreement and fund-expenditure facts apply to designated medical institutions only (001 §23), not to "
                            + subject.kind() + ".");
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
                throw DomainException.invalidField("fundExpenditure.year", "INVALID_CYCLE_YEAR",
                        "基金支出年度无效，应为 2000 年至今年之间的年度。",
                        "The fund-expenditure year is not valid; give a year from 2000 to this year.");
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
        try {
            repository.recordFacts(caller.tenant(), subjectId, agreement, fund,
                    recorder == null ? null : recorder.apply(after));
        } catch (ConcurrentUpdate gone) {
            throw Caller.subjectNotFound(subjectId);
        }
        return after;
    }
}
