package cn.yixin.api.objection;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.attachment.Attachment;
import cn.yixin.api.attachment.Attachments;
import cn.yixin.api.credit.ObjectionMarks;
import cn.yixin.api.credit.CorrectionRequest;
import cn.yixin.api.credit.CreditArchive;
import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.document.Documents;
import cn.yixin.api.document.WrittenDocument;
import cn.yixin.api.notification.Notice;
import cn.yixin.api.notification.Notifier;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.objection.Channel;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionDeadlines;
import cn.yixin.domain.objection.ObjectionStatus;
import cn.yixin.domain.objection.Outcome;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.AlreadyUnderObjection;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.IdempotentResponse;
import cn.yixin.store.ObjectionMoved;
import cn.yixin.store.ObjectionRepository;
import cn.yixin.store.ResultMark;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Objections of the caller's tenant (R-6.1–6.6): filing (online by the subject, offline registered by staff) within
 * the working-day window, the under-objection mark while pending, acceptance, the decision (correct through the
 * archive, or maintain), and the subject's request for review by the level above.
 */
@Singleton
public class Objections implements ObjectionMarks {

    /** A decision that lost its optimistic lock re-reads the case this often before the caller is told 409. */
    static final int ATTEMPTS = 3;

    private final ObjectionRepository repository;
    private final CreditArchive archive;
    private final CreditSubjects creditSubjects;
    private final SubjectRepository subjects;
    private final Attachments attachments;
    private final TenantDirectory tenants;
    private final ResultDisputes results;
    private final Notifier notifier;
    private final Documents documents;
    private final LiveGrading grading;
    private final Clock clock;
    private final Idempotency retries;

    public Objections(ObjectionRepository repository, CreditArchive archive, CreditSubjects creditSubjects,
                      SubjectRepository subjects, Attachments attachments, TenantDirectory tenants,
                      ResultDisputes results, Notifier notifier, Documents documents, LiveGrading grading,
                      Clock clock, Idempotency retries) {
        this.retries = retries;
        this.repository = repository;
        this.archive = archive;
        this.creditSubjects = creditSubjects;
        this.subjects = subjects;
        this.attachments = attachments;
        this.tenants = tenants;
        this.results = results;
        this.notifier = notifier;
        this.documents = documents;
        this.grading = grading;
        this.clock = clock;
    }

    public ObjectionView file(Caller caller, String subjectId, ObjectionRequests.File req,
                              Idempotency.Recorder recorder) {
        Subject subject = creditSubjects.find(caller, subjectId);
        String tenant = caller.tenant();
        boolean self = caller.actsForSelf(subjectId);
        Channel channel = req.channel() == null ? (self ? Channel.ONLINE : Channel.OFFLINE) : req.channel();
        LocalDate today = grading.today();
        LocalDate receivedOn;
        if (self) {
            if (channel != Channel.ONLINE || req.receivedOn() != null || req.noticeReceivedOn() != null) {
                throw DomainException.forbidden("OFFLINE_OBJECTION_BY_BUREAU",
                        "线下异议由医保部门登记收到日期；信用主体在线提交时不填写 channel、receivedOn、noticeReceivedOn。",
                        "Offline objections and their dates are registered by the bureau; online filing takes no "
                                + "channel, receivedOn or noticeReceivedOn.");
            }
            receivedOn = today;
        } else {
            if (channel != Channel.OFFLINE) {
                throw DomainException.forbidden("ONLINE_OBJECTION_BY_SUBJECT", "在线异议须由信用主体本人提交。",
                        "An online objection is filed by the subject itself.");
            }
            if (req.receivedOn() == null) {
                throw DomainException.invalidField("receivedOn", "RECEIVED_ON_REQUIRED",
                        "登记线下异议须填写收到日期（receivedOn）。",
                        "Registering an offline objection needs the day it was received (receivedOn).");
            }
            if (req.receivedOn().isAfter(today)) {
                throw DomainException.invalidField("receivedOn", "RECEIVED_ON_IN_FUTURE", "收到日期不能晚于今天。",
                        "The received date cannot be in the future.");
            }
            receivedOn = req.receivedOn();
        }
        List<Attachment> evidence = attachments.requireAll(caller, subjectId, req.attachments());
        ActiveConfig active = tenants.current(tenant);
        Target target = target(caller, subjectId, req);
        LocalDate noticeDate = req.noticeReceivedOn() != null ? req.noticeReceivedOn() : target.noticeDate;
        // Staff may give the day the subject received the notice (a paper notice of a record entered later, e.g. an
        // import of older information); it may be earlier than the entry date, never after the objection.
        var timelines = active.config().timelines();
        LocalDate filingDue = ObjectionDeadlines.requireInTime(active.calendar(), noticeDate,
                timelines.objectionFilingDays(), receivedOn);
        LocalDate decisionDue = ObjectionDeadlines.decisionDue(active.calendar(), receivedOn,
                timelines.objectionDecisionDays());
        String caseId = "OBJ" + UUID.randomUUID().toString().replace("-", "").substring(0, 21);
        ObjectionCase c = ObjectionCase.file(caseId, tenant, subjectId, req.target(), req.targetId(), req.ground(),
                req.statement(), evidence.stream().map(Attachment::attachmentId).toList(), channel, caller.userId(),
                clock.instant(), noticeDate, receivedOn, filingDue, decisionDue, target.handler, target.source);
        ObjectionView view = ObjectionView.of(c);
        // the case and its mark (on the record, or on the result) are one transaction, never one without the other.
        ResultMark resultMark = req.target() == DisputeTarget.RESULT
                ? results.markFor(tenant, subjectId, req.targetId(), caseId).orElse(null) : null;
        try {
            repository.create(c, req.target() == DisputeTarget.RECORD ? req.targetId() : null, resultMark,
                    recorder == null ? null : recorder.apply(view));
        } catch (AlreadyUnderObjection pending) {
            throw underObjection(req.targetId(), repository.marks(tenant, subjectId).get(req.targetId()));
        } catch (ConcurrentUpdate moved) {
            // The result was published or revised between reading it and filing: nothing was written.
            throw DomainException.conflict("RESULT_CHANGED_CONCURRENTLY",
                    "该评价结果刚被公布或修改，异议未提交，请刷新后重新提出。",
                    "The result was published or revised a moment ago; the objection was not filed. Reload and file again.");
        }
        documents.issue(ObjectionLetters.application(c, subject.displayName(), active.config().name(), target.summary,
                evidence.stream().map(a -> a.fileName() + "（SHA-256 " + a.sha256() + "）").toList()));
        tell(subject, c);
        return view;
    }

    /** What is disputed, when its notice was received, and who handles it. */
    private record Target(LocalDate noticeDate, String handler, String source, String summary) {
    }

    private Target target(Caller caller, String subjectId, ObjectionRequests.File req) {
        if (req.target() == DisputeTarget.RESULT) {
            var r = results.find(caller.tenant(), subjectId, req.targetId())
                    .orElseThrow(() -> ProblemCode.RESULT_NOT_FOUND.of(ProblemCode.Bilingual.of("编号为 " + req.targetId(), req.targetId())));
            return new Target(r.noticeDate(), r.issuedBy(), null, r.summaryZh());
        }
        List<ArchiveEntry> entries = archive.entries(caller, subjectId);
        CreditRecord rec = entries.stream().map(ArchiveEntry::record).filter(r -> r.id().equals(req.targetId()))
                .findFirst().orElseThrow(() -> recordNotFound(req.targetId()));
        if (entries.stream().anyMatch(e -> req.targetId().equals(e.record().supersedes()))) {
            throw DomainException.conflict("RECORD_SUPERSEDED", "该信息已被更正或撤销，请对最新的一条提出异议。",
                    "This record was corrected or withdrawn; object to the newest entry instead.");
        }
        // A record reaches the subject the day it is written: from then on it reads it in its own archive. So the
        // filing window counts from the record's entry date (China time) unless staff register a later notice day.
        LocalDate recorded = LocalDate.ofInstant(rec.recordedAt(), LiveGrading.CHINA);
        return new Target(recorded, caller.tenant(), rec.source(), rec.summary());
    }

    public ObjectionView get(Caller caller, String subjectId, String caseId) {
        return ObjectionView.of(load(caller, subjectId, caseId));
    }

    public List<ObjectionView> forSubject(Caller caller, String subjectId) {
        creditSubjects.find(caller, subjectId);
        return repository.forSubject(caller.tenant(), subjectId).stream().map(ObjectionView::of).toList();
    }

    /** Unfinished cases of the tenant, optionally of one status or only the overdue ones, earliest due first. */
    public List<ObjectionRepository.OpenCase> open(Caller caller, ObjectionStatus status, boolean overdueOnly) {
        LocalDate today = grading.today();
        return repository.open(caller.tenant()).stream()
                .filter(o -> status == null || status.name().equals(o.status()))
                .filter(o -> !overdueOnly || o.overdue() || (!"DECIDED".equals(o.status()) && o.due() != null
                        && today.isAfter(o.due())))
                .sorted(Comparator.comparing(ObjectionRepository.OpenCase::due,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public ObjectionView accept(Caller caller, String subjectId, String caseId, Idempotency.Recorder recorder) {
        ObjectionCase c = load(caller, subjectId, caseId);
        boolean external = c.source() != null && isExternal(c.source());
        ObjectionCase after = c.accept(caller.userId(), clock.instant(), external,
                external ? RecordSource.valueOf(c.source()).nameZh() : null);
        ObjectionView view = ObjectionView.of(after);
        write(c, after, null, ObjectionRepository.Mark.KEEP, recorder == null ? null : recorder.apply(view));
        tell(subject(c), after);
        return view;
    }

    /**
     * The decision by whoever handles the case. Everything is checked first (state, reasons, the
     * correction and its replacement record), so a refused decision writes nothing (issue 10.4). Then the case's new
     * state, the removal of its mark, the correction entry with the recomputed grade and the idempotent answer go in
     * one transaction conditional on the case's and the subject's versions (issue 10.3): of two decisions one wins
     * whole, the other writes nothing and is told so (409 {@code OBJECTION_ALREADY_DECIDED}). A retry of the winner
     * with the same Idempotency-Key gets the winner's answer, even while the winner is still in flight.
     */
    public ObjectionView decide(Caller caller, String subjectId, String caseId, ObjectionRequests.Decision req,
                                Idempotency.Recorder recorder) {
        Decided decided = retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return decideOnce(caller, subjectId, caseId, req, recorder);
                } catch (ObjectionMoved | ConcurrentUpdate moved) {
                    // Re-read: the case's state now says why this decision cannot be taken, or it can be.
                    if (attempt >= ATTEMPTS) {
                        throw changedConcurrently();
                    }
                } catch (DomainException refused) {
                    rethrowUnlessRecordMovedUnder(refused, attempt);
                }
            }
        });
        ObjectionCase after = decided.after();
        ActiveConfig active = tenants.current(after.tenantId());
        if (after.target() == DisputeTarget.RESULT) {
            results.clearObjection(after.tenantId(), subjectId, after.targetId(), caseId, after.outcome(),
                    after.reasons());
        }
        Subject subject = subject(after);
        documents.issue(ObjectionLetters.decision(after, subject.displayName(), active.config().name(),
                parentName(active)));
        tell(subject, after);
        return decided.view();
    }

    /**
     * A rival decision that committed between this one's read of the case and its read of the archive leaves the
     * disputed record corrected: that is a lost race on the case, not a fault of this request. Re-read, so the caller
     * learns what the case now says (409 {@code OBJECTION_ALREADY_DECIDED}); any other refusal stands as it is.
     */
    static void rethrowUnlessRecordMovedUnder(DomainException refused, int attempt) {
        if (!"RECORD_ALREADY_CORRECTED".equals(refused.code()) || attempt >= ATTEMPTS) {
            throw refused;
        }
    }

    /** A decision as written: the case after it and the answer. */
    record Decided(ObjectionCase after, ObjectionView view) {
    }

    private Decided decideOnce(Caller caller, String subjectId, String caseId, ObjectionRequests.Decision req,
                                     Idempotency.Recorder recorder) {
        ObjectionCase c = load(caller, subjectId, caseId);
        if (c.inReview()) {
            throw DomainException.conflict("OBJECTION_IN_REVIEW", "该异议已申请上级复核，由上级机关作出复核决定。",
                    "This case is under review by the level above, which decides it.");
        }
        ActiveConfig active = tenants.current(c.tenantId());
        String reasons = reasonsOf(req);
        requireCorrectionFits(c, req, "维持原信息的决定不附更正内容。", "A decision to maintain carries no correction.");
        LocalDate reviewDue = ObjectionDeadlines.filingDue(active.calendar(), grading.today(),
                active.config().timelines().objectionFilingDays());
        Instant now = clock.instant();
        Decider decider = correction -> c.decide(req.outcome(), reasons, caller.userId(), now, correction, reviewDue);
        decider.decide(null); // the state and the reasons, before anything is read or written for the correction
        return commit(caller, c, c.target() == DisputeTarget.RECORD ? c.targetId() : null, req, reasons,
                c.targetId(), decider, recorder == null ? null : recorder::apply, ObjectionRepository.AnswerAt.IDEMPOTENCY_ROW);
    }

    /** The decided case, given the correction's record id (null when nothing is corrected in the archive). */
    @FunctionalInterface
    interface Decider {
        ObjectionCase decide(String correctionRecordId);
    }

    /** The subject asks the parent tenant to review the decision; the information is marked again meanwhile. */
    public ObjectionView requestReview(Caller caller, String subjectId, String caseId,
                                       ObjectionRequests.ReviewRequest req, Idempotency.Recorder recorder) {
        ObjectionCase c = load(caller, subjectId, caseId);
        ActiveConfig active = tenants.current(c.tenantId());
        String parent = active.config().parent();
        if (parent == null && c.status() != ObjectionStatus.DECIDED) {
            // Not decided: the state refusal comes first, as it would anywhere.
            c.requestReview("-", req == null ? null : req.statement(), caller.userId(), clock.instant(),
                    grading.today(), grading.today());
        }
        if (parent == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NO_LEVEL_ABOVE",
                    active.config().name() + "没有上级医保部门，处理决定即为最终决定。",
                    "Tenant " + c.tenantId() + " has no level above; its decision is final.");
        }
        ActiveConfig parentConfig = tenants.current(parent);
        LocalDate today = grading.today();
        LocalDate due = ObjectionDeadlines.decisionDue(parentConfig.calendar(), today,
                parentConfig.config().timelines().objectionDecisionDays());
        ObjectionCase after = c.requestReview(parent, req == null ? null : req.statement(), caller.userId(),
                clock.instant(), today, due);
        ObjectionView view = ObjectionView.of(after);
        // The pointer goes first: a pointer whose case did not move is never shown (the parent checks the case).
        repository.addReviewPointer(new ObjectionRepository.ReviewPointer(parent, caseId, c.tenantId(), subjectId));
        ResultMark resultMark = c.target() == DisputeTarget.RESULT
                ? results.markFor(c.tenantId(), subjectId, c.targetId(), caseId).orElse(null) : null;
        try {
            write(c, after, c.target() == DisputeTarget.RECORD ? currentRecord(c) : null,
                    ObjectionRepository.Mark.PUT, resultMark, recorder == null ? null : recorder.apply(view));
        } catch (AlreadyUnderObjection other) {
            throw underObjection(currentRecord(c), repository.marks(c.tenantId(), subjectId).get(currentRecord(c)));
        }
        tell(subject(after), after);
        return view;
    }

    /** recordId → caseId of every record of the subject under objection, for the archive and profile reads. */
    @Override
    public Map<String, String> marks(Caller caller, String subjectId) {
        return repository.marks(caller.tenant(), subjectId);
    }

    // ---- shared with the parent's review ----

    /** The record a correction now applies to: the decision's correcting entry, or the disputed one. */
    static String currentRecord(ObjectionCase c) {
        return c.correctionRecordId() != null ? c.correctionRecordId() : c.targetId();
    }

    static String reasonsOf(ObjectionRequests.Decision req) {
        String r = req.reasons() == null ? null : req.reasons().strip();
        if (r != null && req.sourceReply() != null && !req.sourceReply().isBlank()) {
            r = r + "（信息来源单位复函：" + req.sourceReply().strip() + "）";
        }
        return r;
    }

    /**
     * A correcting decision carries its correction (for a record: the replacement or the withdrawal, of the disputed
     * record only); a maintaining one carries none.
     */
    static void requireCorrectionFits(ObjectionCase c, ObjectionRequests.Decision req, String noneZh, String noneEn) {
        if (req.outcome() != Outcome.CORRECTED) {
            if (req.correction() != null) {
                throw DomainException.invalidField("correction", "CORRECTION_ONLY_WHEN_CORRECTED", noneZh, noneEn);
            }
            return;
        }
        var corr = req.correction();
        if (c.target() == DisputeTarget.RECORD && (corr == null || corr.withdraw() == (corr.replacement() != null))) {
            throw DomainException.invalidField("correction", "CORRECTION_REQUIRED",
                    "更正决定须附更正内容：更正后的信息（replacement）或撤销（withdraw: true），二选一。",
                    "A decision to correct carries the correction: the corrected record (replacement) or withdraw: true.");
        }
        if (c.target() == DisputeTarget.RECORD && corr.recordId() != null) {
            throw DomainException.invalidField("correction.recordId", "CORRECTION_RECORD_IS_THE_DISPUTED_ONE",
                    "对信用信息的异议只更正被异议的那条信息。", "A record objection corrects the disputed record only.");
        }
    }

    /**
     * Writes a decision as one transaction (R-6.3, issue 10.3): the case as {@code decider} makes it, the removal of
     * the mark on {@code markRecordId}, and, when the decision corrects a record, the correction entry with the
     * subject's recomputed grade ({@link CreditArchive#correct}, every check of the replacement made before anything
     * is written) and the idempotent answer. {@link ObjectionMoved} when the case moved since it was read.
     *
     * @param disputedRecord the record a record objection corrects (the disputed one, or the decision's correction)
     */
    Decided commit(Caller actor, ObjectionCase c, String markRecordId, ObjectionRequests.Decision req,
                         String reasons, String disputedRecord, Decider decider,
                         java.util.function.Function<Object, IdempotentResponse> recorder,
                         ObjectionRepository.AnswerAt answerAt) {
        var corr = req.correction();
        String target = req.outcome() != Outcome.CORRECTED ? null
                : c.target() == DisputeTarget.RECORD ? disputedRecord : corr == null ? null : corr.recordId();
        if (target == null) {
            // Maintained, or a result corrected by recomputation alone (the results side re-evaluates).
            ObjectionCase after = decider.decide(null);
            ObjectionView view = ObjectionView.of(after);
            repository.decide(c, after, markRecordId, null, recorder == null ? null : recorder.apply(view), answerAt);
            return new Decided(after, view);
        }
        Decided[] decided = new Decided[1];
        archive.correct(actor, c.subjectId(), target,
                new CorrectionRequest("异议 " + c.caseId() + "：" + reasons, corr.replacement(), corr.withdraw()), null,
                (before, after, entries, change, none) -> {
                    ObjectionCase next = decider.decide(entries.get(0).record().id());
                    ObjectionView view = ObjectionView.of(next);
                    repository.decide(c, next, markRecordId,
                            new ObjectionRepository.ArchiveWrite(before, after, entries, change),
                            recorder == null ? null : recorder.apply(view), answerAt);
                    decided[0] = new Decided(next, view);
                });
        return decided[0];
    }

    static DomainException changedConcurrently() {
        return DomainException.conflict("OBJECTION_CHANGED_CONCURRENTLY",
                "该异议刚被他人处理或修改，本次操作未生效，请刷新后查看。",
                "Someone else changed this case a moment ago; nothing was changed by this request. Reload it.");
    }

    void write(ObjectionCase before, ObjectionCase after, String markRecordId, ObjectionRepository.Mark mark,
               IdempotentResponse response) {
        write(before, after, markRecordId, mark, null, response);
    }

    /** The case's update with the result's mark in the same transaction; either moved first is a 409. */
    void write(ObjectionCase before, ObjectionCase after, String markRecordId, ObjectionRepository.Mark mark,
               ResultMark resultMark, IdempotentResponse response) {
        try {
            repository.update(before, after, markRecordId, mark, resultMark, response);
        } catch (ConcurrentUpdate lost) {
            throw changedConcurrently();
        }
    }

    void tell(Subject subject, ObjectionCase c) {
        Notice n = ObjectionLetters.noticeOf(c, clock.instant());
        if (n != null && subject != null) {
            notifier.notify(subject, n);
        }
    }

    Subject subject(ObjectionCase c) {
        return subjects.find(c.tenantId(), c.subjectId()).orElse(null);
    }

    String parentName(ActiveConfig active) {
        String parent = active.config().parent();
        if (parent == null) {
            return null;
        }
        try {
            return tenants.current(parent).config().name();
        } catch (DomainException notOnboarded) {
            return null;
        }
    }

    private ObjectionCase load(Caller caller, String subjectId, String caseId) {
        creditSubjects.find(caller, subjectId);
        return repository.find(caller.tenant(), subjectId, caseId).orElseThrow(() -> caseNotFound(caseId));
    }

    static boolean isExternal(String source) {
        try {
            return RecordSource.valueOf(source).isExternal();
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    static DomainException caseNotFound(String caseId) {
        return ProblemCode.OBJECTION_NOT_FOUND.of(ProblemCode.Bilingual.of("所指编号", "with that id"));
    }

    static DomainException recordNotFound(String recordId) {
        return ProblemCode.RECORD_NOT_FOUND.onField("targetId", ProblemCode.Bilingual.of("所指编号", "with that id"));
    }

    static DomainException underObjection(String recordId, String caseId) {
        return new DomainException(DomainException.Kind.CONFLICT, "ALREADY_UNDER_OBJECTION",
                "该信息已有待处理的异议（" + Optional.ofNullable(caseId).orElse("?") + "），请勿重复提出。",
                "This information already has a pending objection (" + Optional.ofNullable(caseId).orElse("?") + ").",
                caseId == null ? Map.of("recordId", recordId) : Map.of("recordId", recordId, "caseId", caseId));
    }
}
