package cn.yixin.api.credit;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.archive.ArchiveChain;
import cn.yixin.domain.archive.NewRecordRules;
import cn.yixin.domain.monitoring.WarningEvaluator;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.tenant.CommitmentTemplate;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.IdempotentResponse;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes to a subject's append-only archive (R-3.5) and moves its live grade with it (R-5.4): the entry, the new
 * standing, the grade-history line and the idempotent answer go in one transaction, so no reader ever sees a record
 * without its grade or a grade without its record.
 */
@Singleton
public class CreditArchive {

    /** A lost optimistic-lock race is retried this often before the caller is told to retry (409). */
    private static final int ATTEMPTS = 4;

    /** Indicator code of a commitment signature: deliberately not an item of any scheme. */
    public static final String SIGNATURE_INDICATOR = "COMMITMENT_SIGNED";

    private final SubjectRepository subjects;
    private final CreditArchiveRepository archive;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final SubjectViews views;
    private final Clock clock;
    private final CorrectedResults revisions;
    private final WarningsOnWrite warnings;
    private final jakarta.inject.Provider<JointPunishment> joint;

    public CreditArchive(SubjectRepository subjects, CreditArchiveRepository archive, TenantDirectory tenants,
                         LiveGrading grading, SubjectViews views, Clock clock, CorrectedResults revisions,
                         WarningsOnWrite warnings, jakarta.inject.Provider<JointPunishment> joint) {
        this.joint = joint;
        this.revisions = revisions;
        this.warnings = warnings;
        this.subjects = subjects;
        this.archive = archive;
        this.tenants = tenants;
        this.grading = grading;
        this.views = views;
        this.clock = clock;
    }

    public List<ArchiveEntry> entries(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        return archive.entries(caller.tenant(), subjectId);
    }

    /** Records new credit information (R-3.1–3.4). With a sourceRef, a repeat is answered with the stored entry. */
    public RecordedResult record(Caller caller, String subjectId, RecordRequest req, Idempotency.Recorder recorder) {
        String recordId = req.sourceRef() == null ? newId() : sourcedRecordId(req.sourceOrBureau(), req.sourceRef());
        // R-8.1: a finding of false repair materials (R-9.5) is recorded under its application's reference.
        WarningEvaluator.Event event = req.sourceRef() != null && req.sourceRef().startsWith(FALSE_MATERIALS_REF)
                ? WarningEvaluator.Event.REPAIR_FALSE_MATERIALS : WarningEvaluator.Event.RECORDED;
        return append(caller, subjectId, recordId, "RECORDED", recorder, (ctx) -> {
            NewRecordRules.check(req.polarity(), req.severity(), req.indicator(), req.summary(), req.basisDocument(),
                    req.effectiveFrom(), req.effectiveTo(), ctx.active.config().schemeFor(ctx.subject.kind()));
            return new CreditRecord(recordId, subjectId, req.category(), req.polarity(), req.severity(),
                    req.indicator(), req.summary().trim(), req.basisDocument(), req.effectiveFrom(), req.effectiveTo(),
                    req.sourceOrBureau().name(), caller.userId(), clock.instant(), null, false);
        }, archive::append, event);
    }

    /** A correction is a new entry pointing at the old one (R-3.5); the old one stops counting. */
    public RecordedResult correct(Caller caller, String subjectId, String recordId, CorrectionRequest req,
                                  Idempotency.Recorder recorder) {
        return correct(caller, subjectId, recordId, req, recorder, archive::append);
    }

    /**
     * As {@link #correct(Caller, String, String, CorrectionRequest, Idempotency.Recorder)}, committed through
     * {@code commit}: an objection decision writes the correction in its own transaction (R-6.3), so the case and the
     * archive never disagree. Every check runs before {@code commit} is called: a refused correction writes nothing.
     */
    public RecordedResult correct(Caller caller, String subjectId, String recordId, CorrectionRequest req,
                                  Idempotency.Recorder recorder, Committer commit) {
        if (req.withdraw() == (req.replacement() != null)) {
            throw DomainException.invalidField("replacement", "CORRECTION_NEEDS_ONE_ACTION",
                    "更正须二选一：提供更正后的内容（replacement），或撤销该信息（withdraw: true）。",
                    "A correction either gives the corrected record (replacement) or withdraws it (withdraw: true).");
        }
        String newId = newId();
        RecordedResult corrected = append(caller, subjectId, newId, "CORRECTED", recorder, (ctx) -> {
            CreditRecord old = ctx.records.stream().filter(r -> r.id().equals(recordId)).findFirst()
                    .orElseThrow(() -> ProblemCode.RECORD_NOT_FOUND.of(ProblemCode.Bilingual.of("所指编号", "with that id")));
            if (ctx.records.stream().anyMatch(r -> recordId.equals(r.supersedes()))) {
                throw DomainException.conflict("RECORD_ALREADY_CORRECTED",
                        "该信息已被更正或撤销，请对最新的一条进行更正。",
                        "This record was already corrected or withdrawn; correct the newest entry instead.");
            }
            String summary = "更正（" + req.reason().trim() + "）";
            if (req.withdraw()) {
                return new CreditRecord(newId, subjectId, old.category(), old.polarity(), old.severity(),
                        old.indicator(), summary + "：撤销 " + recordId, old.basis(), old.effectiveFrom(),
                        old.effectiveTo(), RecordSource.BUREAU.name(), caller.userId(), clock.instant(), recordId, true);
            }
            RecordRequest r = req.replacement();
            NewRecordRules.check(r.polarity(), r.severity(), r.indicator(), r.summary(), r.basisDocument(),
                    r.effectiveFrom(), r.effectiveTo(), ctx.active.config().schemeFor(ctx.subject.kind()));
            return new CreditRecord(newId, subjectId, r.category(), r.polarity(), r.severity(), r.indicator(),
                    summary + "：" + r.summary().trim(), r.basisDocument(), r.effectiveFrom(), r.effectiveTo(),
                    r.sourceOrBureau().name(), caller.userId(), clock.instant(), recordId, false);
        }, commit);
        // R-5.7: a correction that changes a cycle result makes a new result version and tells the subject why.
        revisions.afterCorrection(caller.tenant(), subjectId, recordId, req.reason().trim());
        return corrected;
    }

    /** Signing a commitment is itself an archive entry (R-4.1, R-4.2); one signature per template. */
    public RecordedResult signCommitment(Caller caller, String subjectId, CommitmentRequests.Sign req,
                                         Idempotency.Recorder recorder) {
        if (caller.actsForSelf(subjectId) && req.channel() != CommitmentRequests.Channel.ONLINE) {
            throw DomainException.forbidden("PAPER_COMMITMENT_BY_BUREAU", "纸质承诺书由医保部门登记。",
                    "A paper commitment is registered by the bureau.");
        }
        if (!caller.actsForSelf(subjectId) && req.channel() == CommitmentRequests.Channel.ONLINE) {
            throw DomainException.forbidden("ONLINE_COMMITMENT_BY_SUBJECT", "在线承诺须由信用主体本人签署。",
                    "An online commitment is signed by the subject itself.");
        }
        if (req.channel() == CommitmentRequests.Channel.PAPER && req.signedOn() == null) {
            throw DomainException.invalidField("signedOn", "SIGNED_ON_REQUIRED", "登记纸质承诺书须填写签署日期。",
                    "A paper commitment needs the date it was signed (signedOn).");
        }
        String recordId = commitmentRecordId(subjectId, req.template(), "SIGNED");
        return append(caller, subjectId, recordId, "COMMITMENT_SIGNED", recorder, (ctx) -> {
            CommitmentTemplate t = template(ctx, req.template());
            var on = req.signedOn() == null ? grading.today() : req.signedOn();
            String how = req.channel() == CommitmentRequests.Channel.ONLINE ? "在线签署" : "纸质签署（"
                    + Objects.requireNonNullElse(req.paperReference(), "无编号") + "）";
            // The signature is archived under its own indicator code, which no scheme scores: signing a promise
            // earns nothing; keeping it does (the FULFILLED outcome), and breaking it costs (R-4.2).
            return new CreditRecord(recordId, subjectId, InfoCategory.COMMITMENT, Polarity.POSITIVE, null,
                    SIGNATURE_INDICATOR, how + "《" + t.title() + "》", null, on, null,
                    (caller.actsForSelf(subjectId) ? RecordSource.SUBJECT_SELF_SERVICE : RecordSource.BUREAU).name(),
                    caller.userId(), clock.instant(), null, false);
        });
    }

    /** Fulfilment is a positive entry; a breach is a negative record under the template's breach rule (R-4.2). */
    public RecordedResult commitmentOutcome(Caller caller, String subjectId, String templateCode,
                                            CommitmentRequests.RecordOutcome req, Idempotency.Recorder recorder) {
        String recordId = newId();
        return append(caller, subjectId, recordId, "COMMITMENT_" + req.outcome(), recorder, (ctx) -> {
            CommitmentTemplate t = template(ctx, templateCode);
            String signed = commitmentRecordId(subjectId, templateCode, "SIGNED");
            if (ctx.records.stream().noneMatch(r -> r.id().equals(signed))) {
                throw DomainException.conflict("COMMITMENT_NOT_SIGNED", "该主体尚未签署《" + t.title() + "》。",
                        "The subject has not signed commitment " + templateCode + ".");
            }
            boolean breach = req.outcome() == CommitmentRequests.Outcome.BREACHED;
            BasisDocument basis = req.basis() == null ? null : req.basis().toDocument();
            var category = breach ? t.breach().category() : InfoCategory.COMMITMENT;
            var severity = breach ? t.breach().severity() : null;
            var polarity = breach ? Polarity.NEGATIVE : Polarity.POSITIVE;
            NewRecordRules.check(polarity, severity, null, req.summary(), basis, req.effectiveFrom(), req.effectiveTo(),
                    ctx.active.config().schemeFor(ctx.subject.kind()));
            return new CreditRecord(recordId, subjectId, category, polarity, severity, null,
                    (breach ? "违反" : "履行") + "《" + t.title() + "》：" + req.summary().trim(), basis,
                    req.effectiveFrom(), req.effectiveTo(), RecordSource.BUREAU.name(), caller.userId(),
                    clock.instant(), null, false);
        });
    }

    private CommitmentTemplate template(Context ctx, String code) {
        return ctx.active.config().commitments().stream()
                .filter(t -> t.code().equals(code) && t.subjectKinds().contains(ctx.subject.kind()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalidField("template", "UNKNOWN_COMMITMENT_TEMPLATE",
                        "本地区没有所指的、适用于该类主体的承诺书模板。",
                        "This tenant has no such commitment template for the subject's kind."));
    }

    /** What an entry is built from: the subject, its archive as read, and the configuration in force. */
    record Context(Subject subject, List<CreditRecord> records, ActiveConfig active) {
    }

    /** The outcome when the entry was already there (same source reference or commitment). */
    public static final class AlreadyRecorded extends DomainException {
        AlreadyRecorded(String recordId) {
            super(Kind.CONFLICT, "RECORD_ALREADY_EXISTS", "该信用信息已经记录（编号 " + recordId + "），未重复写入。",
                    "This record is already in the archive (" + recordId + "); nothing was written again.",
                    java.util.Map.of("recordId", recordId));
        }
    }

    /**
     * Writes what {@link #append} prepared: the archive repository's transaction, or another repository's that adds
     * its own items to the same transaction (a credit repair also moves its application, R-9.4).
     */
    @FunctionalInterface
    public interface Committer {
        void commit(Subject before, Subject after, List<ArchiveEntry> newEntries, GradeChange change,
                    IdempotentResponse response);
    }

    /**
     * Appends one entry built from the subject and its archive as read, committed through {@code commit}; the same
     * optimistic-lock retries, grade recomputation and history line as every other archive write.
     */
    public RecordedResult appendEntry(Caller caller, String subjectId, String recordId, String cause,
                                      Idempotency.Recorder recorder,
                                      java.util.function.BiFunction<Subject, List<CreditRecord>, CreditRecord> build,
                                      Committer commit) {
        return append(caller, subjectId, recordId, cause, recorder, ctx -> build.apply(ctx.subject, ctx.records), commit);
    }

    /**
     * Recomputes the live grade with no new entry (a repair's NEXT_CYCLE date has come, R-9.4): the standing and a
     * history line if the grade moved, nothing else. Returns the subject as it is afterwards.
     */
    public Subject regrade(Caller caller, String subjectId, String cause, String causeRecordId) {
        String tenant = caller.tenant();
        for (int attempt = 1; ; attempt++) {
            Subject before = subjects.find(tenant, subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
            List<CreditRecord> records = archive.entries(tenant, subjectId).stream().map(ArchiveEntry::record).toList();
            ActiveConfig active = tenants.current(tenant);
            Standing standing = grading.grade(active, before.kind(), records);
            long version = before.version() + 1;
            Subject after = before.withStanding(standing, version, before.headHash());
            Standing old = before.standing();
            GradeChange change = Objects.equals(old.grade(), standing.grade()) && Objects.equals(old.score(), standing.score())
                    ? null : new GradeChange(version, standing.grade(), standing.score(), active.version(), cause,
                    causeRecordId, clock.instant());
            try {
                archive.append(before, after, List.of(), change, null);
                if (change != null) {
                    warnings.gradeMoved(active, before, after);   // R-8.1: key monitoring by grade
                }
                return after;
            } catch (ConcurrentUpdate lost) {
                if (attempt >= ATTEMPTS) {
                    throw ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该信用主体的档案", "This subject's archive"));
                }
            }
        }
    }

    /**
     * Re-grades as of {@code day} with no new entry (records took or lost effect by date, R-3.3/R-5.4) through the
     * same optimistic, transactional path as a write, and writes only if the grade, the score or the explanation
     * changed: the standing, and a history line with {@code cause} when the grade or the score moved. Returns the
     * subject as it is afterwards, or empty when nothing changed (nothing written).
     */
    public java.util.Optional<Subject> regradeIfChanged(Caller caller, String subjectId, java.time.LocalDate day,
                                                        String cause, String causeRecordId) {
        String tenant = caller.tenant();
        for (int attempt = 1; ; attempt++) {
            Subject before = subjects.find(tenant, subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
            List<CreditRecord> records = archive.entries(tenant, subjectId).stream().map(ArchiveEntry::record).toList();
            ActiveConfig active = tenants.current(tenant);
            Standing standing = grading.grade(active, before.kind(), records, day);
            Standing old = before.standing();
            boolean moved = !Objects.equals(old.grade(), standing.grade()) || !Objects.equals(old.score(), standing.score());
            // The days it changes on move too (issue 12.2): writing them announces the next ones to the sweep.
            if (!moved && Objects.equals(old.explanation(), standing.explanation())
                    && Objects.equals(old.changesOn(), standing.changesOn())) {
                return java.util.Optional.empty();
            }
            long version = before.version() + 1;
            Subject after = before.withStanding(standing, version, before.headHash());
            GradeChange change = moved ? new GradeChange(version, standing.grade(), standing.score(), active.version(),
                    cause, causeRecordId, clock.instant()) : null;
            try {
                archive.append(before, after, List.of(), change, null);
                if (change != null) {
                    warnings.gradeMoved(active, before, after);   // R-8.1: key monitoring by grade
                }
                return java.util.Optional.of(after);
            } catch (ConcurrentUpdate lost) {
                if (attempt >= ATTEMPTS) {
                    throw ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该信用主体的档案", "This subject's archive"));
                }
            }
        }
    }

    private RecordedResult append(Caller caller, String subjectId, String recordId, String cause,
                                  Idempotency.Recorder recorder, Function<Context, CreditRecord> build) {
        return append(caller, subjectId, recordId, cause, recorder, build, archive::append, eventOf(cause));
    }

    /** The source reference a false-materials record carries (CreditRepairs.falseMaterials). */
    public static final String FALSE_MATERIALS_REF = "REPAIR-FALSE-MATERIALS:";

    private static WarningEvaluator.Event eventOf(String cause) {
        return switch (cause) {
            case "RECORDED" -> WarningEvaluator.Event.RECORDED;
            case "COMMITMENT_BREACHED" -> WarningEvaluator.Event.COMMITMENT_BREACHED;
            default -> WarningEvaluator.Event.OTHER;
        };
    }

    private RecordedResult append(Caller caller, String subjectId, String recordId, String cause,
                                  Idempotency.Recorder recorder, Function<Context, CreditRecord> build,
                                  Committer commit) {
        return append(caller, subjectId, recordId, cause, recorder, build, commit, eventOf(cause));
    }

    private RecordedResult append(Caller caller, String subjectId, String recordId, String cause,
                                  Idempotency.Recorder recorder, Function<Context, CreditRecord> build,
                                  Committer commit, WarningEvaluator.Event event) {
        String tenant = caller.tenant();
        for (int attempt = 1; ; attempt++) {
            Subject before = subjects.find(tenant, subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
            List<ArchiveEntry> entries = archive.entries(tenant, subjectId);
            List<CreditRecord> records = new ArrayList<>(entries.stream().map(ArchiveEntry::record).toList());
            if (records.stream().anyMatch(r -> r.id().equals(recordId))) {
                // R-7.4: a retry of a listing catches its joint punishment up (the first attempt may have died
                // between the institution's commit and the persons' records); idempotent per person.
                records.stream().filter(r -> r.id().equals(recordId)).findFirst().ifPresent(r -> joint.get()
                        .afterCommit(caller, before, r, cause, records.stream().filter(o -> o != r).toList()));
                throw new AlreadyRecorded(recordId);
            }
            ActiveConfig active = tenants.current(tenant);
            CreditRecord rec = build.apply(new Context(before, records, active));
            records.add(rec);
            long seq = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
            ArchiveEntry entry = new ArchiveEntry(seq, rec, ArchiveChain.hash(before.headHash(), rec));
            Standing standing = grading.grade(active, before.kind(), records);
            // R-8.1: the warnings this write raises go into its own transaction, once per rule and occurrence.
            entry = entry.withWarnings(warnings.raisedBy(active, before, standing, records, rec, event));
            long version = before.version() + 1;
            Subject after = before.withStanding(standing, version, entry.hash());
            Standing old = before.standing();
            GradeChange change = Objects.equals(old.grade(), standing.grade()) && Objects.equals(old.score(), standing.score())
                    && old.configVersion() == standing.configVersion()
                    ? null
                    : new GradeChange(version, standing.grade(), standing.score(), active.version(), cause, rec.id(),
                    clock.instant());
            RecordedResult result = new RecordedResult(rec.id(), subjectId, seq, entry.hash(), views.of(after, caller));
            try {
                commit.commit(before, after, List.of(entry), change, recorder == null ? null : recorder.apply(result));
                if (change != null) {
                    warnings.gradeMoved(active, before, after);   // R-8.1: key monitoring by grade
                }
                // R-7.4: after the institution's write committed, in the same request (see JointPunishment).
                joint.get().afterCommit(caller, before, rec, cause, records);
                return result;
            } catch (ConcurrentUpdate lost) {
                if (attempt >= ATTEMPTS) {
                    throw ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该信用主体的档案", "This subject's archive"));
                }
            }
        }
    }

    /** The id of a record sent with a source reference: the same on every attempt (a retry stores it once). */
    static String sourcedRecordId(RecordSource source, String sourceRef) {
        return "R" + Idempotency.hash(source + "\n" + sourceRef).substring(0, 24);
    }

    private static String newId() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String commitmentRecordId(String subjectId, String template, String what) {
        return "C" + Idempotency.hash(subjectId + "\n" + template + "\n" + what).substring(0, 24);
    }

    /** Used by the import to tell a repeated row from a new one. */
    static boolean isRepeat(DomainException e) {
        return e instanceof AlreadyRecorded;
    }

}
