package cn.yixin.api.inspection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.measure.MeasuresInForce;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.Inspector;
import cn.yixin.domain.inspection.RandomDraw;
import cn.yixin.domain.inspection.SamplingPolicy;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.SubjectMeasureState;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.InspectionRepository;
import cn.yixin.store.SubjectRepository;
import cn.yixin.store.SubjectStandings;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a plan (双随机, R-7.2, 004 §25(二)): the population is every subject of the plan's kinds with its live
 * standing; each is sampled at the ratio the measures in force give it ({@link SamplingPolicy}); the roster is every
 * inspector with its conflicts (its own links, and the institutions linked to it as a person); the draw is
 * {@link RandomDraw} under a fresh 256-bit seed. The result and its inputs are stored with the plan's move in one
 * conditional transaction: a plan is drawn once, and a redraw names the draw it replaces and says why.
 */
@Singleton
public class InspectionDraws {

    static final Pattern DRAW_ID = Pattern.compile("P(\\d{6})[0-9a-f]{32}");

    private final InspectionRepository repository;
    private final SubjectRepository subjects;
    private final SubjectStandings standings;
    private final MeasuresInForce measures;
    private final TenantDirectory tenants;
    private final Clock clock;

    public InspectionDraws(InspectionRepository repository, SubjectRepository subjects, SubjectStandings standings,
                           MeasuresInForce measures, TenantDirectory tenants, Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.standings = standings;
        this.measures = measures;
        this.tenants = tenants;
        this.clock = clock;
    }

    public InspectionViews.DrawSummary draw(Caller caller, String planId, InspectionRequests.Draw req,
                                            Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        InspectionPlan plan = repository.plan(tenant, planId).orElseThrow(InspectionDraws::planNotFound);
        String reason = req == null || req.reason() == null ? null : req.reason().trim();
        String replaces = req == null ? null : req.replacesDrawId();
        InspectionPlan.DrawRef current = plan.current();
        if (current == null && replaces != null) {
            throw DomainException.invalidField("replacesDrawId", "PLAN_NOT_DRAWN",
                    "该抽查计划尚未抽取，无可替换的抽取结果（replacesDrawId）。",
                    "This plan has not been drawn; there is no draw to replace (replacesDrawId).");
        }
        if (current != null && replaces == null) {
            throw alreadyDrawn();
        }
        if (current != null && !current.drawId().equals(replaces)) {
            throw DomainException.conflict("DRAW_NOT_CURRENT",
                    "replacesDrawId 不是该计划现行的抽取结果，请以最新结果为准重新提交。",
                    "replacesDrawId is not the plan's current draw; resubmit naming the current one.");
        }
        if (replaces != null && (reason == null || reason.length() < 5)) {
            throw DomainException.invalidField("reason", "REDRAW_REASON_REQUIRED",
                    "重新抽取须说明理由（reason，至少5个字）。", "A redraw states its reason (reason, at least 5 characters).");
        }
        List<RandomDraw.RosterEntry> roster = roster(tenant);
        RandomDraw.requireRosterFor(plan.inspectorsPerCheck(), roster.size());
        List<MeasuresInForce.Published> inForce = measures.of(tenant);
        List<RandomDraw.Candidate> population = new ArrayList<>();
        Map<String, InspectionDraw.DrawnSubject> about = new HashMap<>();
        for (Subject s : standings.ofKinds(tenant, plan.subjectKinds())) {
            SubjectMeasureState state = SubjectMeasureState.of(s.standing());
            List<Measure> holding = inForce.stream().map(MeasuresInForce.Published::measure)
                    .filter(m -> m.appliesTo(s.kind())
                            && m.trigger().holds(state.grade(), state.listed(), state.dishonestActInPeriod()))
                    .toList();
            population.add(new RandomDraw.Candidate(s.id(), state.grade(),
                    SamplingPolicy.stratum(plan.basePercent(), holding)));
            about.put(s.id(), new InspectionDraw.DrawnSubject(s.kind(),
                    s.kind().isInstitution() ? s.displayName() : null));
        }
        RandomDraw.Result result = RandomDraw.draw(InspectionPlans.hex(32), population, roster,
                plan.inspectorsPerCheck());
        Map<String, InspectionDraw.DrawnSubject> drawn = new HashMap<>();
        result.checks().forEach(c -> drawn.put(c.subjectId(), about.get(c.subjectId())));
        String drawId = "P" + tenant + InspectionPlans.hex(16); // a publicity id (docs/security.md)
        InspectionDraw draw = new InspectionDraw(drawId, plan.id(), caller.userId(), clock.instant(), reason, replaces,
                plan.basePercent(), plan.inspectorsPerCheck(), plan.subjectKinds(), result, drawn, population, roster);
        InspectionPlan after = plan.withDraw(new InspectionPlan.DrawRef(drawId, caller.userId(), draw.at(), reason));
        InspectionViews.DrawSummary view = InspectionViews.DrawSummary.of(draw);
        try {
            repository.storeDraw(tenant, plan, after, draw, recorder == null ? null : recorder.apply(view));
        } catch (ConcurrentUpdate lost) {
            throw replaces == null ? alreadyDrawn() : DomainException.conflict("DRAW_NOT_CURRENT",
                    "该计划刚刚被重新抽取，请以最新结果为准。", "The plan was redrawn meanwhile; look at the current draw.");
        }
        return view;
    }

    /** Every inspector with its conflicts: its own links, and the institutions linked to it as a person. */
    private List<RandomDraw.RosterEntry> roster(String tenant) {
        List<RandomDraw.RosterEntry> out = new ArrayList<>();
        for (Inspector i : repository.roster(tenant)) {
            Set<String> conflicts = new HashSet<>(i.linkedSubjectIds());
            if (i.personSubjectId() != null) {
                conflicts.add(i.personSubjectId());
                for (SubjectLink l : subjects.links(tenant, i.personSubjectId())) {
                    conflicts.add(l.institutionId());
                }
            }
            out.add(new RandomDraw.RosterEntry(i.id(), conflicts));
        }
        return out;
    }

    public InspectionViews.DrawView read(Caller caller, String drawId, boolean inputs) {
        InspectionDraw d = find(caller.tenant(), drawId, inputs);
        InspectionPlan plan = repository.plan(caller.tenant(), d.planId()).orElseThrow(InspectionDraws::planNotFound);
        Map<String, CheckOutcome> outcomes = InspectionViews.bySubject(repository.outcomes(caller.tenant(), drawId));
        List<InspectionViews.CheckView> checks = d.result().checks().stream().map(c -> {
            InspectionDraw.DrawnSubject s = d.subjects().get(c.subjectId());
            CheckOutcome o = outcomes.get(c.subjectId());
            return new InspectionViews.CheckView(c.subjectId(), s.kind().name(), s.publicName(), c.stratum(),
                    c.inspectorIds(), o == null ? null : o.result().name(), o == null ? null : o.inspectedOn(),
                    o == null ? null : o.summary(), o == null ? null : o.recordId());
        }).toList();
        return new InspectionViews.DrawView(InspectionViews.DrawSummary.of(d), isCurrent(plan, drawId), checks,
                inputs ? d.population().stream().map(c -> new InspectionViews.CandidateView(c.subjectId(), c.grade(),
                        c.stratum().key())).toList() : null,
                inputs ? d.roster().stream().map(r -> new InspectionViews.RosterEntryView(r.inspectorId(),
                        r.conflicts().stream().sorted().toList())).toList() : null);
    }

    /**
     * The public page (一公开): the draw of any tenant by its id; institutions by name, individuals by kind only; no
     * subject id, no inspector.
     */
    public InspectionViews.PublicDraw publicRead(String drawId) {
        Matcher m = drawId == null ? null : DRAW_ID.matcher(drawId);
        if (m == null || !m.matches()) {
            throw drawNotFound();
        }
        String tenant = m.group(1);
        String bureau;
        try {
            bureau = tenants.current(tenant).config().name();
        } catch (DomainException unknownTenant) {
            throw drawNotFound();
        }
        InspectionDraw d = find(tenant, drawId, false);
        InspectionPlan plan = repository.plan(tenant, d.planId()).orElseThrow(InspectionDraws::drawNotFound);
        Map<String, CheckOutcome> outcomes = InspectionViews.bySubject(repository.outcomes(tenant, drawId));
        List<InspectionViews.PublicCheck> checks = d.result().checks().stream().map(c -> {
            InspectionDraw.DrawnSubject s = d.subjects().get(c.subjectId());
            CheckOutcome o = outcomes.get(c.subjectId());
            return new InspectionViews.PublicCheck(s.kind().name(), s.publicName(),
                    o == null ? null : o.result().name(), o == null ? "检查中" : o.result().nameZh(),
                    o == null ? null : o.inspectedOn(), o == null ? null : o.summary());
        }).toList();
        RandomDraw.Result r = d.result();
        return new InspectionViews.PublicDraw(bureau, plan.name(), plan.periodFrom(), plan.periodTo(),
                plan.subjectKinds().stream().map(Enum::name).toList(), plan.basePercent(), drawId,
                isCurrent(plan, drawId), r.algorithm(), r.version(), r.seed(), r.populationHash(), r.rosterHash(),
                InspectionViews.DrawSummary.of(d).strata(), d.at(), checks);
    }

    InspectionDraw find(String tenant, String drawId, boolean inputs) {
        if (drawId == null || !DRAW_ID.matcher(drawId).matches()) {
            throw drawNotFound();
        }
        return repository.draw(tenant, drawId, inputs).orElseThrow(InspectionDraws::drawNotFound);
    }

    static boolean isCurrent(InspectionPlan plan, String drawId) {
        return plan.current() != null && plan.current().drawId().equals(drawId);
    }

    static DomainException planNotFound() {
        return DomainException.notFound("PLAN_NOT_FOUND", "没有该抽查计划。", "No such inspection plan.");
    }

    static DomainException drawNotFound() {
        return DomainException.notFound("DRAW_NOT_FOUND", "没有该抽取结果。", "No such draw.");
    }

    private static DomainException alreadyDrawn() {
        return DomainException.conflict("PLAN_ALREADY_DRAWN",
                "该抽查计划已经抽取；如需重新抽取，须注明所替换的结果（replacesDrawId）并说明理由（reason）。",
                "This plan was already drawn; a redraw names the draw it replaces (replacesDrawId) and its reason.");
    }
}
