package cn.yixin.domain.repair;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One credit-repair application (R-9.1–9.3) and its whole life: every transition returns a new value with the
 * version bumped and a history line added, and refuses what the state machine does not allow ({@link RepairStatus}).
 * The store writes it conditionally on the version it was read at, so of two concurrent decisions one wins.
 *
 * @param number          the application's number, cited in its documents and by a false-materials record
 * @param publicityId     unguessable id under which the intent is publicised; null until PUBLICISING
 * @param publicityEndsOn last working day of the publicity (tenant's repairPublicityDays after publicisedOn)
 * @param lastScoringDay  the last day the repaired record still counts (RepairEffect), once REPAIRED
 * @param regradeOn       NEXT_CYCLE: the day the grade stops counting the record; the sweep re-grades then
 * @param punishmentsEndedOn R-9.4 "end punishments": measure lists are not built yet, so the end is recorded here
 */
public record RepairApplication(
        String id, String tenantId, String subjectId, String recordId, String number,
        String recordSummary, Severity severity, String basisNumber, LocalDate penaltyDate,
        String rectification, String commitment, List<String> attachments,
        RepairStatus status, long version, Instant submittedAt, String submittedBy,
        String publicityId, LocalDate publicisedOn, LocalDate publicityEndsOn,
        String reasons, String decidedBy,
        LocalDate repairedOn, LocalDate lastScoringDay, LocalDate regradeOn, boolean regraded,
        String repairRecordId, LocalDate punishmentsEndedOn,
        List<PublicObjection> objections, List<Step> history) {

    /** Most public objections one application takes, and most from one source (R-9.3 publicity is public). */
    public static final int MAX_OBJECTIONS = 50;
    public static final int MAX_OBJECTIONS_PER_SOURCE = 3;

    public RepairApplication {
        attachments = List.copyOf(attachments);
        objections = List.copyOf(objections);
        history = List.copyOf(history);
    }

    /** One line of the application's history: what happened, when, by whom. */
    public record Step(Instant at, String event, RepairStatus status, String by, String note) {
    }

    /**
     * An objection from the public during publicity. {@code sourceHash} is a keyed hash of where it came from, kept
     * only to limit how many one source files; {@code ruling} is null until a reviewer rules.
     */
    public record PublicObjection(String id, String text, String sourceHash, Instant receivedAt, String ruling,
                                  String rulingReasons, String ruledBy, Instant ruledAt) {
        public static final String UPHELD = "UPHELD";
        public static final String DISMISSED = "DISMISSED";

        public boolean pending() {
            return ruling == null;
        }
    }

    public static RepairApplication submitted(String id, String tenantId, String subjectId, String recordId,
                                              String number, String recordSummary, Severity severity,
                                              String basisNumber, LocalDate penaltyDate, String rectification,
                                              String commitment, List<String> attachments, String by, Instant at) {
        return new RepairApplication(id, tenantId, subjectId, recordId, number, recordSummary, severity, basisNumber,
                penaltyDate, rectification, commitment, attachments, RepairStatus.SUBMITTED, 1, at, by,
                null, null, null, null, null, null, null, null, false, null, null, List.of(),
                List.of(new Step(at, "SUBMITTED", RepairStatus.SUBMITTED, by, null)));
    }

    public boolean hasPendingObjection() {
        return objections.stream().anyMatch(PublicObjection::pending);
    }

    /** The reviewer intends to repair: publicity from {@code on} through {@code endsOn}. */
    public RepairApplication intend(String newPublicityId, LocalDate on, LocalDate endsOn, String note, String by,
                                    Instant at) {
        require(RepairStatus.SUBMITTED, "INTEND");
        return next(RepairStatus.PUBLICISING, "PUBLICITY_STARTED", by, at, note, b -> {
            b.publicityId = newPublicityId;
            b.publicisedOn = on;
            b.publicityEndsOn = endsOn;
            b.decidedBy = by;
        });
    }

    /** The reviewer's check refuses in writing with reasons: only from SUBMITTED, so one decision wins. */
    public RepairApplication refuse(String why, String by, Instant at) {
        require(RepairStatus.SUBMITTED, "REFUSE");
        return refuseForCause(why, by, at);
    }

    /** Refused for a cause found later: an upheld public objection or false materials. */
    public RepairApplication refuseForCause(String why, String by, Instant at) {
        if (!status.open()) {
            throw notOpen("REFUSE");
        }
        return next(RepairStatus.REFUSED, "REFUSED", by, at, why, b -> {
            b.reasons = why;
            b.decidedBy = by;
        });
    }

    public RepairApplication object(PublicObjection o, LocalDate today) {
        if (status != RepairStatus.PUBLICISING || today.isAfter(publicityEndsOn)) {
            throw DomainException.conflict("PUBLICITY_CLOSED", "该信用修复公示已结束，不再受理异议。",
                    "This repair publicity is over; objections are no longer taken.");
        }
        if (objections.size() >= MAX_OBJECTIONS
                || objections.stream().filter(x -> x.sourceHash().equals(o.sourceHash())).count() >= MAX_OBJECTIONS_PER_SOURCE) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "TOO_MANY_OBJECTIONS",
                    "该公示收到的异议已达上限，请通过医疗保障部门线下渠道反映。",
                    "This publicity has taken as many objections as it accepts; contact the bureau directly.");
        }
        List<PublicObjection> all = new ArrayList<>(objections);
        all.add(o);
        return next(status, "PUBLIC_OBJECTION", "public", o.receivedAt(), o.id(), b -> b.objections = all);
    }

    /** A reviewer rules on a public objection; an upheld one refuses the repair (R-9.3: "otherwise refuses"). */
    public RepairApplication rule(String objectionId, boolean upheld, String why, String by, Instant at) {
        PublicObjection o = objections.stream().filter(x -> x.id().equals(objectionId)).findFirst()
                .orElseThrow(() -> ProblemCode.OBJECTION_NOT_FOUND.of(ProblemCode.Bilingual.of("该修复申请公示期间编号为 " + objectionId, objectionId + " raised during this application's publicity")));
        if (!o.pending()) {
            throw DomainException.conflict("OBJECTION_ALREADY_RULED", "该公示异议已处理。",
                    "This public objection was already ruled on.");
        }
        if (status != RepairStatus.PUBLICISING) {
            throw notOpen("RULE");
        }
        List<PublicObjection> all = new ArrayList<>();
        for (PublicObjection x : objections) {
            all.add(x.id().equals(objectionId) ? new PublicObjection(x.id(), x.text(), x.sourceHash(), x.receivedAt(),
                    upheld ? PublicObjection.UPHELD : PublicObjection.DISMISSED, why, by, at) : x);
        }
        RepairApplication ruled = next(status, upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", by, at,
                objectionId + "：" + why, b -> b.objections = all);
        return upheld ? ruled.refuseForCause("公示期间收到的异议经核实成立：" + why, by, at) : ruled;
    }

    /** Whether the repair may be executed on {@code today}: publicity over, every objection ruled, none upheld. */
    public void requireExecutable(LocalDate today) {
        if (status != RepairStatus.PUBLICISING) {
            throw notOpen("EXECUTE");
        }
        if (!today.isAfter(publicityEndsOn)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "PUBLICITY_NOT_OVER",
                    "公示期" + DeadlineText.zhThrough(publicityEndsOn) + "，届满后方可修复。",
                    "The publicity runs " + DeadlineText.enThrough(publicityEndsOn) + "; repair after it ends.",
                    Map.of("publicityEndsOn", publicityEndsOn.toString()));
        }
        if (hasPendingObjection()) {
            throw DomainException.conflict("OBJECTION_PENDING", "公示期间收到的异议尚未处理，请先处理异议。",
                    "A public objection received during publicity has not been ruled on; rule on it first.");
        }
    }

    public RepairApplication repaired(LocalDate on, LocalDate lastDay, LocalDate regrade, boolean regradeDone,
                                      String repairRecord, String by, Instant at) {
        requireExecutable(on);
        return next(RepairStatus.REPAIRED, "REPAIRED", by, at, "计分至 " + lastDay, b -> {
            b.repairedOn = on;
            b.lastScoringDay = lastDay;
            b.regradeOn = regrade;
            b.regraded = regradeDone;
            b.repairRecordId = repairRecord;
            b.punishmentsEndedOn = on;
        });
    }

    public RepairApplication regradedNow(String by, Instant at) {
        return next(status, "REGRADED", by, at, null, b -> b.regraded = true);
    }

    private void require(RepairStatus expected, String action) {
        if (status != expected) {
            throw notOpen(action);
        }
    }

    private DomainException notOpen(String action) {
        return new DomainException(DomainException.Kind.CONFLICT, "REPAIR_STATE_CONFLICT",
                "该修复申请当前状态为“" + status.nameZh() + "”，不能执行此操作（" + action + "）。",
                "This application is " + status + "; " + action + " is not possible now.",
                Map.of("status", status.name()));
    }

    private RepairApplication next(RepairStatus to, String event, String by, Instant at, String note,
                                   java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(at, event, to, by, note));
        return new RepairApplication(id, tenantId, subjectId, recordId, number, recordSummary, severity, basisNumber,
                penaltyDate, rectification, commitment, attachments, to, version + 1, submittedAt, submittedBy,
                b.publicityId, b.publicisedOn, b.publicityEndsOn, b.reasons, b.decidedBy, b.repairedOn,
                b.lastScoringDay, b.regradeOn, b.regraded, b.repairRecordId, b.punishmentsEndedOn, b.objections, steps);
    }

    private static final class Builder {
        String publicityId;
        LocalDate publicisedOn;
        LocalDate publicityEndsOn;
        String reasons;
        String decidedBy;
        LocalDate repairedOn;
        LocalDate lastScoringDay;
        LocalDate regradeOn;
        boolean regraded;
        String repairRecordId;
        LocalDate punishmentsEndedOn;
        List<PublicObjection> objections;

        Builder(RepairApplication a) {
            publicityId = a.publicityId;
            publicisedOn = a.publicisedOn;
            publicityEndsOn = a.publicityEndsOn;
            reasons = a.reasons;
            decidedBy = a.decidedBy;
            repairedOn = a.repairedOn;
            lastScoringDay = a.lastScoringDay;
            regradeOn = a.regradeOn;
            regraded = a.regraded;
            repairRecordId = a.repairRecordId;
            punishmentsEndedOn = a.punishmentsEndedOn;
            objections = a.objections;
        }
    }
}
