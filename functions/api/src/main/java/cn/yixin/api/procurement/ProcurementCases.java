package cn.yixin.api.procurement;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.procurement.Conduct;
import cn.yixin.domain.procurement.LevelRule;
import cn.yixin.domain.procurement.ProcurementCase;
import cn.yixin.domain.procurement.ProcurementLevel;
import cn.yixin.domain.procurement.ProcurementPolicy;
import cn.yixin.domain.procurement.Yuan;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.ProcurementRepository;
import cn.yixin.store.StoredNotice;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Procurement credit cases and the company's rating: a case's level comes from the tenant's thresholds for
 * its conduct (or the conduct's fixed level), never from the request; the rating is the highest active case; a
 * corrected case is cleared (清零) after its level's period and the rating falls. The company is told of both.
 */
@Singleton
public class ProcurementCases {

    private final ProcurementRepository repository;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final Idempotency retries;
    private final Clock clock;

    public ProcurementCases(ProcurementRepository repository, SubjectRepository subjects, TenantDirectory tenants,
                            LiveGrading grading, Idempotency retries, Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.tenants = tenants;
        this.grading = grading;
        this.retries = retries;
        this.clock = clock;
    }

    private ProcurementPolicy policy(String tenant) {
        return ProcurementPolicy.of(tenants.current(tenant).config()).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "PROCUREMENT_RATING_NOT_CONFIGURED",
                "本地区的配置未启用医药价格和招采信用评价。",
                "This tenant's configuration does not enable the procurement credit rating (procurement)."));
    }

    private Subject company(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        Subject s = subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        if (s.kind() != SubjectKind.PHARMA_COMPANY) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_A_PHARMA_COMPANY",
                    "医药价格和招采信用评价只适用于医药企业。",
                    "The procurement credit rating applies to pharmaceutical companies only.");
        }
        return s;
    }

    public ProcurementViews.Rating list(Caller caller, String subjectId) {
        company(caller, subjectId); // another tenant's or subject's id: 404 before anything else
        ProcurementPolicy policy = policy(caller.tenant());
        return rating(policy, subjectId, repository.cases(caller.tenant(), subjectId));
    }

    private static ProcurementViews.Rating rating(ProcurementPolicy policy, String subjectId, List<ProcurementCase> cases) {
        List<ProcurementCase> sorted = cases.stream()
                .sorted(Comparator.comparing(ProcurementCase::ratedOn).reversed().thenComparing(ProcurementCase::caseId))
                .toList();
        ProcurementLevel level = ProcurementPolicy.rating(cases).orElse(null);
        LevelRule rule = level == null ? null : policy.rule(level);
        return ProcurementViews.Rating.of(subjectId, level, rule, sorted);
    }

    public ProcurementViews.CaseView record(Caller caller, String subjectId, ProcurementRequests.Case req,
                                            Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        Subject company = company(caller, subjectId); // 404 before anything else
        ProcurementPolicy policy = policy(tenant);
        Conduct conduct = policy.conduct(req.conduct());
        BigDecimal amount = null;
        if (req.amount() != null || conduct.needsAmount()) {
            if (req.amount() == null) {
                throw DomainException.invalidField("amount", "AMOUNT_REQUIRED",
                        "此失信行为按涉案金额评定等级，须填写金额（元）。",
                        "This conduct is rated by the amount involved; give the amount in yuan.");
            }
            amount = Yuan.parse("amount", req.amount());
        }
        BasisDocument basis = basis(req.basis());
        ProcurementLevel level = conduct.levelFor(amount).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "AMOUNT_BELOW_THRESHOLD",
                "涉案金额低于“" + conduct.name() + "”最低评定等级的起点金额。",
                "The amount is below the lowest threshold of conduct " + conduct.code() + ".",
                java.util.Map.of("field", "amount")));
        List<String> products = new ArrayList<>();
        for (String p : req.products() == null ? List.<String>of() : req.products()) {
            if (p == null || p.isBlank()) {
                throw DomainException.invalidField("products", "BLANK_PRODUCT", "涉案产品名称不能为空。",
                        "A product involved cannot be blank.");
            }
            products.add(p.trim());
        }
        LocalDate today = grading.today();
        LevelRule rule = policy.rule(level);
        ProcurementCase c = new ProcurementCase("PC" + UUID.randomUUID().toString().replace("-", "").substring(0, 18),
                subjectId, conduct.code(), conduct.name(), level, amount == null ? null : Yuan.text(amount), basis,
                req.actDate(), today, today.plusMonths(rule.clearAfterMonths()), products,
                req.summary() == null || req.summary().isBlank() ? null : req.summary().trim(), caller.userId(),
                clock.instant(), ProcurementCase.Status.ACTIVE, null, null, null);
        ProcurementViews.CaseView view = ProcurementViews.CaseView.of(c);
        StoredNotice notice = new StoredNotice("PROC-" + c.caseId(), tenant, company.id(), "PROCUREMENT_CASE",
                "医药价格和招采信用评价：" + level.nameZh(), "贵企业因“" + conduct.name() + "”被评定为“" + level.nameZh()
                + "”，处置措施：" + String.join("；", rule.measures()) + "。如有异议可依法提出。", null, c.caseId(),
                clock.instant());
        return retries.run(recorder, () -> {
            repository.add(tenant, c, notice, recorder == null ? null : recorder.apply(view));
            return view;
        });
    }

    public ProcurementViews.CaseView clear(Caller caller, String subjectId, String caseId,
                                           ProcurementRequests.Clearance req, Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        company(caller, subjectId); // 404 before anything else
        policy(tenant);
        if (req.reasons() == null || req.reasons().isBlank()) {
            throw ProblemCode.REASONS_REQUIRED.onField("reasons"); // a clearance is a decision and gives its reasons
        }
        String reasons = req.reasons().trim();
        return retries.run(recorder, () -> {
            ProcurementCase before = repository.find(tenant, subjectId, caseId)
                    .orElseThrow(() -> DomainException.notFound("PROCUREMENT_CASE_NOT_FOUND",
                            "该企业没有所指编号的信用评价案件。", "No procurement credit case with that id for this company."));
            if (!before.active()) {
                throw DomainException.conflict("CASE_ALREADY_CLEARED", "该信用评价案件已清零。",
                        "That case was already cleared.");
            }
            LocalDate today = grading.today();
            if (today.isBefore(before.clearableFrom())) {
                throw DomainException.conflict("CLEARANCE_PERIOD_NOT_ENDED",
                        "该等级的信用评价须满期后方可清零，最早可于 " + before.clearableFrom() + " 清零。",
                        "A case of this level may be cleared from " + before.clearableFrom() + ".");
            }
            ProcurementCase after = before.cleared(today, caller.userId(), reasons);
            ProcurementViews.CaseView view = ProcurementViews.CaseView.of(after);
            StoredNotice notice = new StoredNotice("PROC-CLEAR-" + caseId, tenant, subjectId, "PROCUREMENT_CLEARED",
                    "医药价格和招采信用评价清零", "贵企业“" + before.conductName() + "”案件已整改到位并清零。", null, caseId,
                    clock.instant());
            try {
                repository.clear(tenant, after, notice, recorder == null ? null : recorder.apply(view));
            } catch (ConcurrentUpdate lost) {
                throw DomainException.conflict("CASE_ALREADY_CLEARED", "该信用评价案件已清零。",
                        "That case was already cleared.");
            }
            return view;
        });
    }

    private static BasisDocument basis(ProcurementRequests.Basis b) {
        if (b == null || b.kind() == null || b.number() == null || b.number().isBlank() || b.date() == null
                || b.issuer() == null || b.issuer().isBlank()) {
            throw ProblemCode.BASIS_REQUIRED.onField("basis", ProblemCode.Bilingual.of("信用评价案件", "A procurement credit case"));
        }
        return new BasisDocument(b.kind(), b.number().trim(), b.date(), b.issuer().trim());
    }
}
