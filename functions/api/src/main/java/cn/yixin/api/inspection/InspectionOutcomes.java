package cn.yixin.api.inspection;

import cn.yixin.api.credit.CreditArchive;
import cn.yixin.api.credit.RecordRequest;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.InspectionRepository;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Records what a check of the current draw found (一公开, R-7.2), once. A violation becomes a credit record through
 * the archive's own write ({@link CreditArchive#record}, R-3.1, R-5.4: the grade moves with it), under the source
 * reference {@code INSPECTION:<draw>:<subject>}, so a retry never records it twice.
 */
@Singleton
public class InspectionOutcomes {

    private final InspectionRepository repository;
    private final InspectionDraws draws;
    private final CreditArchive archive;
    private final Clock clock;

    public InspectionOutcomes(InspectionRepository repository, InspectionDraws draws, CreditArchive archive,
                              Clock clock) {
        this.repository = repository;
        this.draws = draws;
        this.archive = archive;
        this.clock = clock;
    }

    public InspectionViews.CheckView record(Caller caller, String drawId, String subjectId,
                                            InspectionRequests.Outcome req, Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        InspectionDraw draw = draws.find(tenant, drawId, false);
        InspectionPlan plan = repository.plan(tenant, draw.planId()).orElseThrow(InspectionDraws::planNotFound);
        if (!InspectionDraws.isCurrent(plan, drawId)) {
            throw DomainException.conflict("DRAW_SUPERSEDED", "该抽取结果已被重新抽取的结果取代，请在现行结果上登记检查结果。",
                    "This draw was replaced by a redraw; record outcomes on the current draw.");
        }
        if (!draw.drew(subjectId)) {
            throw DomainException.notFound("CHECK_NOT_FOUND", "该信用主体未在本次抽取结果中。",
                    "This subject was not drawn in this draw.");
        }
        if (repository.outcomes(tenant, drawId).stream().anyMatch(o -> o.subjectId().equals(subjectId))) {
            throw alreadyRecorded();
        }
        if (req.inspectedOn().isBefore(plan.periodFrom()) || req.inspectedOn().isAfter(plan.periodTo())) {
            throw DomainException.invalidField("inspectedOn", "INSPECTED_OUTSIDE_PERIOD",
                    "检查日期（inspectedOn）须在抽查计划的期间内（" + plan.periodFrom() + "至" + plan.periodTo() + "）。",
                    "inspectedOn must fall in the plan's period (" + plan.periodFrom() + " to " + plan.periodTo() + ").");
        }
        String recordId = null;
        if (req.result() == CheckOutcome.Result.VIOLATION) {
            RecordRequest r = req.record();
            if (r == null) {
                throw DomainException.invalidField("record", "VIOLATION_NEEDS_RECORD",
                        "检查发现违法违规问题的，须附上据以记录的信用信息（record）。",
                        "A violation found carries the credit record it becomes (record).");
            }
            if (r.polarity() != Polarity.NEGATIVE) {
                throw DomainException.invalidField("record.polarity", "VIOLATION_RECORD_NOT_NEGATIVE",
                        "检查发现的违法违规问题须记录为失信信息（record.polarity: NEGATIVE）。",
                        "A violation is recorded as negative information (record.polarity: NEGATIVE).");
            }
            RecordRequest sourced = new RecordRequest(r.category(), r.polarity(), r.severity(), r.indicator(),
                    r.summary(), r.basis(), r.effectiveFrom(), r.effectiveTo(), RecordSource.BUREAU,
                    "INSPECTION:" + drawId + ":" + subjectId);
            try {
                recordId = archive.record(caller, subjectId, sourced, null).recordId();
            } catch (CreditArchive.AlreadyRecorded earlier) {
                recordId = (String) earlier.details().get("recordId"); // an earlier attempt wrote it, then lost
            }
        } else if (req.record() != null) {
            throw DomainException.invalidField("record", "NO_ISSUE_WITH_RECORD",
                    "未发现问题的检查不附信用信息（record）。", "A check that found no issue carries no record.");
        }
        CheckOutcome outcome = new CheckOutcome(drawId, subjectId, req.result(), req.inspectedOn(),
                req.summary() == null ? null : req.summary().trim(), recordId, caller.userId(), clock.instant());
        InspectionDraw.DrawnSubject s = draw.subjects().get(subjectId);
        String stratum = draw.result().checks().stream().filter(c -> c.subjectId().equals(subjectId)).findFirst()
                .orElseThrow().stratum();
        InspectionViews.CheckView view = new InspectionViews.CheckView(subjectId, s.kind().name(), s.publicName(),
                stratum, draw.result().checks().stream().filter(c -> c.subjectId().equals(subjectId)).findFirst()
                .orElseThrow().inspectorIds(), outcome.result().name(), outcome.inspectedOn(), outcome.summary(),
                recordId);
        try {
            repository.recordOutcome(tenant, outcome, recorder == null ? null : recorder.apply(view));
        } catch (ConcurrentUpdate lost) {
            throw alreadyRecorded();
        }
        return view;
    }

    private static DomainException alreadyRecorded() {
        return DomainException.conflict("OUTCOME_ALREADY_RECORDED", "该检查的结果已经登记。",
                "This check's outcome is already recorded.");
    }
}
