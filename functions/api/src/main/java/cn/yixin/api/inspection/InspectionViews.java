package cn.yixin.api.inspection;

import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.Inspector;
import cn.yixin.domain.inspection.RandomDraw;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers of random inspections. */
public final class InspectionViews {

    private InspectionViews() {
    }

    @Serdeable
    public record InspectorView(String inspectorId, String name, String personSubjectId, List<String> linkedSubjectIds,
                                Instant registeredAt) {
        static InspectorView of(Inspector i) {
            return new InspectorView(i.id(), i.name(), i.personSubjectId(), i.linkedSubjectIds(), i.registeredAt());
        }
    }

    @Serdeable
    public record Roster(int count, List<InspectorView> inspectors) {
    }

    @Serdeable
    public record DrawRefView(String drawId, String by, Instant at, String reason) {
    }

    @Serdeable
    public record PlanView(String planId, String name, List<String> subjectKinds, LocalDate periodFrom,
                           LocalDate periodTo, BigDecimal basePercent, int inspectorsPerCheck, String createdBy,
                           Instant createdAt, String currentDrawId, List<DrawRefView> draws) {
        static PlanView of(InspectionPlan p) {
            return new PlanView(p.id(), p.name(), p.subjectKinds().stream().map(Enum::name).toList(), p.periodFrom(),
                    p.periodTo(), p.basePercent(), p.inspectorsPerCheck(), p.createdBy(), p.createdAt(),
                    p.current() == null ? null : p.current().drawId(),
                    p.draws().stream().map(d -> new DrawRefView(d.drawId(), d.by(), d.at(), d.reason())).toList());
        }
    }

    @Serdeable
    public record Plans(int count, List<PlanView> plans) {
    }

    @Serdeable
    public record StratumView(String stratum, int population, int drawn) {
    }

    /** What a draw answers: its recorded inputs' fingerprints, never the checks (those are read). */
    @Serdeable
    public record DrawSummary(String drawId, String planId, String algorithm, int algorithmVersion, String seed,
                              String populationHash, String rosterHash, int populationSize, int checks,
                              List<StratumView> strata, String previousDrawId, String reason, Instant drawnAt,
                              String publicPath) {
        static DrawSummary of(InspectionDraw d) {
            RandomDraw.Result r = d.result();
            return new DrawSummary(d.drawId(), d.planId(), r.algorithm(), r.version(), r.seed(), r.populationHash(),
                    r.rosterHash(), d.population().isEmpty() ? r.strata().stream().mapToInt(RandomDraw.StratumCount::population).sum()
                    : d.population().size(), r.checks().size(),
                    r.strata().stream().map(s -> new StratumView(s.stratum(), s.population(), s.drawn())).toList(),
                    d.previousDrawId(), d.reason(), d.at(), "/public/inspection-draws/" + d.drawId());
        }
    }

    @Serdeable
    public record CheckView(String subjectId, String subjectKind, String name, String stratum, List<String> inspectorIds,
                            String result, LocalDate inspectedOn, String summary, String recordId) {
    }

    @Serdeable
    public record CandidateView(String subjectId, String grade, String stratum) {
    }

    @Serdeable
    public record RosterEntryView(String inspectorId, List<String> conflicts) {
    }

    /** The staff read: every check with its inspectors and outcome; with {@code inputs}, the recorded inputs too. */
    @Serdeable
    public record DrawView(DrawSummary draw, boolean current, List<CheckView> checks, List<CandidateView> population,
                           List<RosterEntryView> roster) {
    }

    @Serdeable
    public record PublicCheck(String subjectKind, String name, String result,
                              String resultZh, LocalDate inspectedOn, String summary) {
    }

    /** 一公开: the plan's terms, the draw's fingerprints and each check's result; no inspector, no individual's name. */
    @Serdeable
    public record PublicDraw(String bureau, String plan, LocalDate periodFrom, LocalDate periodTo,
                             List<String> subjectKinds, BigDecimal basePercent, String drawId, boolean current,
                             String algorithm, int algorithmVersion, String seed, String populationHash,
                             String rosterHash, List<StratumView> strata, Instant drawnAt, List<PublicCheck> checks) {
    }

    static Map<String, CheckOutcome> bySubject(List<CheckOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(CheckOutcome::subjectId, Function.identity()));
    }
}
