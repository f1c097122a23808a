package cn.yixin.api.repair;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.evaluation.ResultRevision;
import cn.yixin.api.attachment.Attachments;
import cn.yixin.api.credit.CreditArchive;
import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.credit.RecordRequest;
import cn.yixin.api.credit.RecordedResult;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.Publication;
import cn.yixin.domain.repair.RepairApplication;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.repair.RepairEligibility;
import cn.yixin.domain.repair.RepairPolicy;
import cn.yixin.domain.repair.RepairStatus;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.tenant.RepairRegrade;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.Page;
import cn.yixin.store.RepairRepository;
import cn.yixin.store.SubjectRepository;
import cn.yixin.store.DayRows;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Credit repair (R-9.1–9.5, R-11.2): application by the subject, the reviewer's check, publicity with public
 * objections, execution (by the reviewer or the daily sweep), the effects on the archive and the grade by tenant
 * policy, the written documents and the notices at every change.
 */
@Singleton
public class CreditRepairs {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CreditRepairs.class);
    private static final int ATTEMPTS = 4;
    private static final Pattern PUBLICITY_ID = Pattern.compile("P(\\d{6})[0-9a-f]{32}");
    static final String SWEEP_USER = "system:daily-sweep";

    private final ResultRevision results;
    private final RepairRepository repairs;
    private final CreditArchiveRepository archive;
    private final SubjectRepository subjectStore;
    private final CreditArchive creditArchive;
    private final CreditSubjects subjects;
    private final TenantDirectory tenants;
    private final Attachments attachments;
    private final LiveGrading grading;
    private final RepairPapers papers;
    private final IdentifierProtector protector;
    private final Clock clock;
    private final Idempotency retries;

    public CreditRepairs(RepairRepository repairs, CreditArchiveRepository archive, SubjectRepository subjectStore,
                         CreditArchive creditArchive, CreditSubjects subjects, TenantDirectory tenants,
                         Attachments attachments, LiveGrading grading, RepairPapers papers,
                         IdentifierProtector protector, ResultRevision results, Clock clock,
                         Idempotency retries) {
        this.retries = retries;
        this.results = results;
        this.repairs = repairs;
        this.archive = archive;
        this.subjectStore = subjectStore;
        this.creditArchive = creditArchive;
        this.subjects = subjects;
        this.tenants = tenants;
        this.attachments = attachments;
        this.grading = grading;
        this.papers = papers;
        this.protector = protector;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- application

    public RepairView apply(Caller caller, String subjectId, RepairRequests.Apply req, Idempotency.Recorder recorder) {
        Subject subject = subjects.find(caller, subjectId);
        if (!caller.actsForSelf(subjectId)) {
            throw DomainException.forbidden("REPAIR_BY_SUBJECT", "信用修复由信用主体本人申请。",
                    "A credit repair is applied for by the subject itself.");
        }
        if (!Boolean.TRUE.equals(req.commitment())) {
            throw DomainException.invalidField("commitment", "REPAIR_COMMITMENT_REQUIRED",
                    "申请信用修复须承诺不再发生同类失信行为（commitment: true）。",
                    "A repair application needs the commitment not to repeat the act (commitment: true).");
        }
        List<String> ids = req.attachments() == null ? List.of() : req.attachments();
        if (ids.isEmpty()) {
            throw DomainException.invalidField("attachments", "REPAIR_EVIDENCE_REQUIRED",
                    "请上传失信行为已纠正、整改的证明材料，并在 attachments 中列出。",
                    "Upload the evidence of rectification and list it in attachments.");
        }
        if (Set.copyOf(ids).size() != ids.size()) {
            throw DomainException.invalidField("attachments", "DUPLICATE_ATTACHMENT", "附件重复列出。",
                    "An attachment is listed twice.");
        }
        attachments.requireAll(caller, subjectId, ids);
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        List<CreditRecord> records = records(tenant, subjectId);
        LocalDate today = grading.today();
        CreditRecord target = RepairEligibility.check(req.recordId(), records, RepairPolicy.of(active.config()), today);
        String id = "RP" + random().substring(0, 20);
        String number = "XF" + today.toString().replace("-", "") + "-" + id.substring(2, 8).toUpperCase();
        RepairApplication app = RepairApplication.submitted(id, tenant, subjectId, target.id(), number,
                target.summary(), target.severity(), target.basis() == null ? null : target.basis().number(),
                Publication.penaltyDate(target), req.rectification().strip(), RepairPapers.COMMITMENT_TEXT, ids,
                caller.userId(), clock.instant());
        RepairView view = RepairView.of(app, false);
        repairs.create(app, recorder == null ? null : recorder.apply(view));
        papers.submitted(active, subject, app);
        return view;
    }

    public RepairView read(Caller caller, String subjectId, String repairId) {
        subjects.find(caller, subjectId);
        return RepairView.of(require(caller.tenant(), subjectId, repairId), caller.isBureauStaff());
    }

    public List<RepairView> listForSubject(Caller caller, String subjectId) {
        subjects.find(caller, subjectId);
        return repairs.listBySubject(caller.tenant(), subjectId).stream()
                .map(a -> RepairView.of(a, caller.isBureauStaff())).toList();
    }

    public RepairView.Page listByStatus(Caller caller, RepairStatus status, String cursor, int limit) {
        Page<RepairApplication> page = repairs.listByStatus(caller.tenant(), status, cursor, limit);
        return new RepairView.Page(page.items().stream().map(a -> RepairView.of(a, true)).toList(), page.nextCursor());
    }

    // ---------------------------------------------------------------- review

    /**
     * The reviewer's decision: one transaction conditional on the application's version. A retry with the same
     * Idempotency-Key that meets the decided application is answered with the first answer (issue 10.3).
     */
    public RepairView decide(Caller caller, String subjectId, String repairId, RepairRequests.Decide req,
                             Long ifMatch, Idempotency.Recorder recorder) {
        return retries.run(recorder, () -> decideOnce(caller, subjectId, repairId, req, ifMatch, recorder));
    }

    private RepairView decideOnce(Caller caller, String subjectId, String repairId, RepairRequests.Decide req,
                                  Long ifMatch, Idempotency.Recorder recorder) {
        Subject subject = subjects.find(caller, subjectId);
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        RepairApplication before = require(tenant, subjectId, repairId);
        requireVersion(before, ifMatch);
        LocalDate today = grading.today();
        RepairApplication after;
        if (req.decision() == RepairRequests.Verdict.INTEND_TO_REPAIR) {
            LocalDate ends = active.calendar().addWorkingDays(today, active.config().timelines().repairPublicityDays());
            after = before.intend("P" + tenant + random(), today, ends, req.reasons().strip(), caller.userId(),
                    clock.instant());
        } else {
            after = before.refuse(req.reasons().strip(), caller.userId(), clock.instant());
        }
        RepairView view = RepairView.of(after, true);
        save(before, after, recorder == null ? null : recorder.apply(view));
        papers.changed(active, subject, after);
        return view;
    }

    /** A ruling on a public objection; retries as for {@link #decide}. */
    public RepairView rule(Caller caller, String subjectId, String repairId, String objectionId,
                           RepairRequests.Ruling req, Long ifMatch, Idempotency.Recorder recorder) {
        return retries.run(recorder, () -> ruleOnce(caller, subjectId, repairId, objectionId, req, ifMatch, recorder));
    }

    private RepairView ruleOnce(Caller caller, String subjectId, String repairId, String objectionId,
                                RepairRequests.Ruling req, Long ifMatch, Idempotency.Recorder recorder) {
        Subject subject = subjects.find(caller, subjectId);
        String tenant = caller.tenant();
        RepairApplication before = require(tenant, subjectId, repairId);
        requireVersion(before, ifMatch);
        RepairApplication after = before.rule(objectionId, req.upheld(), req.reasons().strip(), caller.userId(),
                clock.instant());
        RepairView view = RepairView.of(after, true);
        save(before, after, recorder == null ? null : recorder.apply(view));
        papers.changed(tenants.current(tenant), subject, after);
        return view;
    }

    // ---------------------------------------------------------------- public publicity

    public RepairView.Publicity publicity(String publicityId) {
        RepairApplication a = publicised(publicityId);
        if (a.status() != RepairStatus.PUBLICISING || grading.today().isAfter(a.publicityEndsOn())) {
            throw publicityNotFound(); // over: the repaired record is shielded from public reads
        }
        ActiveConfig active = tenants.current(a.tenantId());
        Subject s = subjectStore.find(a.tenantId(), a.subjectId()).orElseThrow(this::publicityNotFound);
        return new RepairView.Publicity(publicityId, active.config().name(), s.displayName(), s.kind().nameZh(),
                a.recordSummary(), a.basisNumber(), a.publicisedOn(), a.publicityEndsOn(),
                "公示期内（" + DeadlineText.zhThrough(a.publicityEndsOn()) + "）对拟修复事项有异议的，可提交书面异议（10–1000 字）。");
    }

    public RepairView.Received object(String publicityId, RepairRequests.PublicObjection req, String source) {
        String objectionId = "O" + random().substring(0, 16);
        for (int attempt = 1; ; attempt++) {
            RepairApplication before = publicised(publicityId);
            String sourceHash = protector.lookupHash(before.tenantId(), "repair-objection\n" + publicityId + "\n" + source);
            RepairApplication after = before.object(new RepairApplication.PublicObjection(objectionId,
                    req.text().strip(), sourceHash, clock.instant(), null, null, null, null), grading.today());
            try {
                repairs.update(before, after, null);
                subjectStore.find(before.tenantId(), before.subjectId())
                        .ifPresent(s -> papers.objectionReceived(s, after, objectionId));
                return new RepairView.Received(objectionId, "异议已收到，医疗保障部门将核实处理。");
            } catch (ConcurrentUpdate lost) {
                if (attempt >= ATTEMPTS) {
                    throw busy();
                }
            }
        }
    }

    // ---------------------------------------------------------------- execution and effects

    /**
     * Executes the repair: the repaired entry, the grade, the application and its marks in one transaction.
     * A retry with the same Idempotency-Key that meets the executed repair gets the first answer (issue 10.3).
     */
    public RecordedResult execute(Caller caller, String subjectId, String repairId, LocalDate day,
                                  Idempotency.Recorder recorder) {
        return retries.run(recorder, () -> executeOnce(caller, subjectId, repairId, day, recorder));
    }

    private RecordedResult executeOnce(Caller caller, String subjectId, String repairId, LocalDate day,
                                       Idempotency.Recorder recorder) {
        subjects.find(caller, subjectId);
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        RepairRegrade policy = active.config().evaluation().repairRegrade();
        String entryId = "RR" + Idempotency.hash("repair\n" + repairId).substring(0, 22);
        RepairApplication[] pair = new RepairApplication[2];
        RecordedResult result = creditArchive.appendEntry(caller, subjectId, entryId, "REPAIRED", recorder,
                (subject, records) -> {
                    RepairApplication before = require(tenant, subjectId, repairId);
                    before.requireExecutable(day);
                    CreditRecord original = records.stream().filter(r -> r.id().equals(before.recordId())).findFirst()
                            .orElseThrow(() -> new IllegalStateException("repaired record missing: " + before.recordId()));
                    LocalDate last = RepairEffect.lastScoringDay(policy, day);
                    pair[0] = before;
                    pair[1] = before.repaired(day, last, RepairEffect.regradeOn(policy, day),
                            policy == RepairRegrade.IMMEDIATE, entryId, caller.userId(), clock.instant());
                    return RepairEffect.repairedCopy(original, entryId, last, RepairPapers.decisionNumber(before),
                            caller.userId(), clock.instant());
                },
                (before, after, entries, change, response) ->
                        repairs.execute(before, after, entries, change, response, pair[0], pair[1]));
        Subject subject = subjectStore.find(tenant, subjectId).orElseThrow();
        papers.changed(active, subject, pair[1]);
        // the published result moves too, with the repair as its reason (at once in Guangdong; in
        // Nanchuan the current cycle's result stays and the next cycle applies the repair).
        results.afterArchiveChange(tenant, subjectId, ResultRevision.Cause.REPAIR,
                "信用修复（" + RepairPapers.decisionNumber(pair[1]) + "）", "信用修复决定 " + repairId);
        return result;
    }

    /** false materials or an untrue commitment is itself a dishonesty record, citing the application. */
    public RecordedResult falseMaterials(Caller caller, String subjectId, String repairId,
                                         RepairRequests.FalseMaterials req, Idempotency.Recorder recorder) {
        subjects.find(caller, subjectId);
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        RepairApplication app = require(tenant, subjectId, repairId);
        LocalDate today = grading.today();
        RecordRequest record = new RecordRequest(InfoCategory.OTHER_MISCONDUCT, Polarity.NEGATIVE,
                req.severity() == null ? Severity.GENERAL : req.severity(), null,
                "信用修复申请（" + app.number() + "）提供虚假材料或承诺不实：" + req.summary().strip(),
                new RecordRequest.Basis(BasisKind.OTHER_STATUTORY, app.number(), today, active.config().name()),
                today, null, RecordSource.BUREAU, CreditArchive.FALSE_MATERIALS_REF + app.id());
        RecordedResult recorded = creditArchive.record(caller, subjectId, record, recorder);
        if (app.status().open()) {
            for (int attempt = 1; ; attempt++) {
                RepairApplication before = require(tenant, subjectId, repairId);
                if (!before.status().open()) {
                    break;
                }
                RepairApplication after = before.refuseForCause("申请材料经核实存在虚假或承诺不实（R-9.5），已记入信用记录 "
                        + recorded.recordId() + "：" + req.summary().strip(), caller.userId(), clock.instant());
                try {
                    repairs.update(before, after, null);
                    papers.changed(active, subjectStore.find(tenant, subjectId).orElseThrow(), after);
                    break;
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= ATTEMPTS) {
                        throw busy();
                    }
                }
            }
        }
        return recorded;
    }

    // ---------------------------------------------------------------- publication

    public List<RepairView.PublicationLine> publications(Caller caller, String subjectId) {
        subjects.find(caller, subjectId);
        String tenant = caller.tenant();
        RepairPolicy policy = RepairPolicy.of(tenants.current(tenant).config());
        List<CreditRecord> records = records(tenant, subjectId);
        Map<String, RepairRepository.PublicationMark> marks = repairs.publicationMarks(tenant, subjectId);
        Map<String, CreditRecord> repairedBy = new HashMap<>();
        Map<String, CreditRecord> supersededBy = new HashMap<>();
        for (CreditRecord r : records) {
            if (r.supersedes() != null) {
                supersededBy.put(r.supersedes(), r);
                if (RepairEffect.isRepairEntry(r)) {
                    repairedBy.put(r.supersedes(), r);
                }
            }
        }
        LocalDate today = grading.today();
        List<RepairView.PublicationLine> out = new ArrayList<>();
        for (CreditRecord r : records) {
            if (!Publication.isDishonesty(r) || RepairEffect.isRepairEntry(r)
                    || (supersededBy.containsKey(r.id()) && !repairedBy.containsKey(r.id()))) {
                continue;
            }
            var mark = marks.get(r.id());
            boolean repaired = repairedBy.containsKey(r.id()) || (mark != null && "REPAIRED".equals(mark.state()));
            Publication.State state = Publication.stateOn(r, policy, today, repaired);
            LocalDate ended = mark != null ? mark.on() : state == Publication.State.ENDED ? Publication.maximumEnds(r, policy) : null;
            boolean open = state == Publication.State.PUBLISHED || state == Publication.State.NOT_PUBLISHED;
            out.add(new RepairView.PublicationLine(r.id(), r.summary(), String.valueOf(r.severity()),
                    Publication.penaltyDate(r), Publication.minimumEnds(r, policy), Publication.maximumEnds(r, policy),
                    state.name(), ended, open ? RepairEligibility.eligibleFrom(r, records, policy) : null));
        }
        return out;
    }

    // ---------------------------------------------------------------- the daily sweep

    /** Executes every repair whose publicity is over with every objection ruled and none upheld. */
    public int executeDue(ActiveConfig tenant, LocalDate today) {
        Caller system = system(tenant);
        int done = 0;
        for (RepairApplication a : all(tenant.config().id(), RepairStatus.PUBLICISING)) {
            if (today.isAfter(a.publicityEndsOn()) && !a.hasPendingObjection()) {
                try {
                    execute(system, a.subjectId(), a.id(), today, null);
                    done++;
                } catch (DomainException refused) {
                    // Moved on meanwhile (refused, executed by a reviewer): one application never blocks the rest.
                    LOG.warn("Repair {} of tenant {} not executed by the sweep: {}", a.id(), a.tenantId(), refused.code());
                }
            }
        }
        return done;
    }

    /** NEXT_CYCLE tenants: on the first day of the next cycle the grade stops counting the repaired record. */
    public int regradeDue(ActiveConfig tenant, LocalDate today) {
        Caller system = system(tenant);
        int done = 0;
        for (RepairApplication a : all(tenant.config().id(), RepairStatus.REPAIRED)) {
            if (a.regraded() || a.regradeOn() == null || today.isBefore(a.regradeOn())) {
                continue;
            }
            Subject s = creditArchive.regrade(system, a.subjectId(), "REPAIR_NEXT_CYCLE", a.repairRecordId());
            for (int attempt = 1; ; attempt++) {
                RepairApplication before = require(a.tenantId(), a.subjectId(), a.id());
                if (before.regraded()) {
                    break;
                }
                RepairApplication after = before.regradedNow(SWEEP_USER, clock.instant());
                try {
                    repairs.update(before, after, null);
                    papers.regraded(s, after);
                    break;
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= ATTEMPTS) {
                        throw busy();
                    }
                }
            }
            done++;
        }
        return done;
    }

    /**
     * Ends publication of every dishonesty record whose maximum period ended on one of {@code days}, once,
     * with a notice. Only the subjects with a record of a penalty date that ends on those days under the policy in
     * force are read (their PENALTY day rows), not every subject; a visited subject's other ended records are recorded
     * with it. A record whose maximum period had already ended when it was recorded (an import of an old penalty) is
     * shown as ended at once ({@code Publication.stateOn}); it is recorded and notified only when its subject is
     * visited for another record.
     */
    public int endPublications(ActiveConfig tenant, LocalDate today, List<LocalDate> days) {
        String t = tenant.config().id();
        RepairPolicy policy = RepairPolicy.of(tenant.config());
        Set<String> due = new java.util.TreeSet<>();
        for (LocalDate day : days) {
            for (LocalDate penalty : Publication.penaltyDatesEndingOn(day, policy)) {
                due.addAll(archive.subjectsListed(t, DayRows.PENALTY, penalty));
            }
        }
        int done = 0;
        for (String subjectId : due) {
            done += endPublications(t, subjectId, policy, today);
        }
        return done;
    }

    private int endPublications(String tenant, String subjectId, RepairPolicy policy, LocalDate today) {
        List<CreditRecord> records = records(tenant, subjectId);
        if (records.stream().noneMatch(Publication::isDishonesty)) {
            return 0;
        }
        Set<String> superseded = new java.util.HashSet<>();
        records.forEach(r -> { if (r.supersedes() != null) superseded.add(r.supersedes()); });
        Map<String, RepairRepository.PublicationMark> marks = null;
        Subject subject = null;
        int done = 0;
        for (CreditRecord r : records) {
            if (!Publication.isDishonesty(r) || superseded.contains(r.id()) || RepairEffect.isRepairEntry(r)) {
                continue;
            }
            LocalDate end = Publication.maximumEnds(r, policy);
            if (today.isBefore(end)) {
                continue;
            }
            if (marks == null) {
                marks = repairs.publicationMarks(tenant, subjectId);
            }
            if (!marks.containsKey(r.id()) && repairs.markPublicationEnded(tenant, subjectId, r.id(), end)) {
                // The full subject (for the notice) is read once per subject, and only if something ended.
                if (subject == null) {
                    subject = subjectStore.find(tenant, subjectId).orElseThrow();
                }
                papers.publicationEnded(subject, r, end);
                done++;
            }
        }
        return done;
    }

    // ---------------------------------------------------------------- helpers

    private List<RepairApplication> all(String tenant, RepairStatus status) {
        List<RepairApplication> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<RepairApplication> page = repairs.listByStatus(tenant, status, cursor, 100);
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    private static Caller system(ActiveConfig tenant) {
        return new Caller(SWEEP_USER, tenant.config().id(), Set.of(Role.BUREAU_REVIEWER), null);
    }

    private List<CreditRecord> records(String tenant, String subjectId) {
        return archive.entries(tenant, subjectId).stream().map(ArchiveEntry::record).toList();
    }

    private RepairApplication require(String tenant, String subjectId, String repairId) {
        return repairs.find(tenant, subjectId, repairId).orElseThrow(() -> DomainException.notFound("REPAIR_NOT_FOUND",
                "该信用主体没有所指编号的信用修复申请。",
                "This subject has no repair application with that id."));
    }

    private RepairApplication publicised(String publicityId) {
        var m = publicityId == null ? null : PUBLICITY_ID.matcher(publicityId);
        if (m == null || !m.matches()) {
            throw publicityNotFound();
        }
        String tenant = m.group(1);
        try {
            tenants.current(tenant);
        } catch (DomainException unknownTenant) {
            throw publicityNotFound();
        }
        return repairs.findByPublicity(tenant, publicityId).orElseThrow(this::publicityNotFound);
    }

    private DomainException publicityNotFound() {
        return DomainException.notFound("PUBLICITY_NOT_FOUND", "没有该信用修复公示，或公示已结束。",
                "No such repair publicity, or it is over.");
    }

    private static void requireVersion(RepairApplication a, Long ifMatch) {
        if (ifMatch != null && ifMatch != a.version()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "REPAIR_VERSION_MISMATCH",
                    "该修复申请已被他人处理（当前版本 " + a.version() + "），请刷新后重试。",
                    "The application changed (now version " + a.version() + "); reload and retry.",
                    Map.of("version", a.version()));
        }
    }

    private void save(RepairApplication before, RepairApplication after, cn.yixin.store.IdempotentResponse response) {
        try {
            repairs.update(before, after, response);
        } catch (ConcurrentUpdate lost) {
            // Another decision won between our read and our write: one decision wins, ours is refused whole.
            throw DomainException.conflict("REPAIR_CHANGED", "该修复申请刚被他人处理，本次操作未生效，请刷新后查看。",
                    "Someone else just acted on this application; nothing was changed. Reload it.");
        }
    }

    private static DomainException busy() {
        return ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该修复申请", "This application"));
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }

}
