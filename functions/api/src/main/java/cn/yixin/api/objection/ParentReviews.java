package cn.yixin.api.objection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.document.Documents;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionStatus;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.IdempotencyKeyUsed;
import cn.yixin.store.IdempotencyRepository;
import cn.yixin.store.ObjectionMoved;
import cn.yixin.store.ObjectionRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Review by the level above. The parent tenant's staff see only cases escalated to them: the list
 * comes from pointer rows in the parent's own prefix, and each case is read from the child only after checking that
 * the child's configuration names the caller's tenant as its parent and that the case really is escalated to it.
 * Nothing else of the child is reachable from here (docs/security.md: the one deliberate cross-tenant read).
 */
@Singleton
public class ParentReviews {

    private final ObjectionRepository repository;
    private final TenantDirectory tenants;
    private final Objections objections;
    private final ResultDisputes results;
    private final Documents documents;
    private final IdempotencyRepository idempotency;
    private final Clock clock;
    private final Idempotency retries;

    public ParentReviews(ObjectionRepository repository, TenantDirectory tenants, Objections objections,
                         ResultDisputes results, Documents documents, IdempotencyRepository idempotency, Clock clock,
                         Idempotency retries) {
        this.retries = retries;
        this.repository = repository;
        this.tenants = tenants;
        this.objections = objections;
        this.results = results;
        this.documents = documents;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Every case escalated to the caller's tenant, waiting ones first. */
    public List<ObjectionView> list(Caller caller) {
        String parent = caller.tenant();
        return repository.reviewPointers(parent).stream()
                .map(p -> escalated(parent, p))
                .flatMap(Optional::stream)
                .sorted((a, b) -> Boolean.compare(b.status() == ObjectionStatus.REVIEW_REQUESTED,
                        a.status() == ObjectionStatus.REVIEW_REQUESTED))
                .map(ObjectionView::of)
                .toList();
    }

    public ObjectionView get(Caller caller, String caseId) {
        return ObjectionView.of(load(caller, caseId));
    }

    /**
     * The parent's final decision. Correcting writes the correction into the child's archive (the entry names the
     * parent's reviewer as {@code tenant:user}), recomputes the child's grade, and the decision flows back: the case
     * ends REVIEWED, the mark goes, the subject is notified and receives the review decision. As for the child's
     * decision (issue 10.3), everything is checked first and the case, the archive entry, the grade and the answer are
     * one transaction in the child's prefix; the answer is kept on the case there and filed in the parent's own prefix
     * afterwards, by this request or by a retry that finds the case decided first.
     */
    public ObjectionView decide(Caller caller, String caseId, ObjectionRequests.Decision req,
                                Idempotency.Recorder recorder) {
        ObjectionCase[] seen = new ObjectionCase[1];
        Objections.Decided decided = retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return decideOnce(caller, caseId, req, recorder, seen);
                } catch (ObjectionMoved | ConcurrentUpdate moved) {
                    if (attempt >= Objections.ATTEMPTS) {
                        throw Objections.changedConcurrently();
                    }
                } catch (DomainException refused) {
                    Objections.rethrowUnlessRecordMovedUnder(refused, attempt);
                }
            }
        }, probe -> seen[0] == null ? Optional.empty()
                : repository.keptAnswer(seen[0].tenantId(), seen[0].subjectId(), caseId));
        if (recorder != null) {
            try {
                idempotency.save(recorder.apply(decided.view()));
            } catch (IdempotencyKeyUsed filedByRetry) {
                // A retry found the case decided and filed this very answer first.
            }
        }
        ObjectionCase after = decided.after();
        if (after.target() == DisputeTarget.RESULT) {
            results.clearObjection(after.tenantId(), after.subjectId(), after.targetId(), caseId,
                    after.review().outcome(), after.review().reasons());
        }
        Subject subject = objections.subject(after);
        documents.issue(ObjectionLetters.review(after, subject == null ? after.subjectId() : subject.displayName(),
                tenants.current(caller.tenant()).config().name()));
        objections.tell(subject, after);
        return decided.view();
    }

    private Objections.Decided decideOnce(Caller caller, String caseId, ObjectionRequests.Decision req,
                                     Idempotency.Recorder recorder, ObjectionCase[] seen) {
        ObjectionCase c = load(caller, caseId);
        seen[0] = c;
        String child = c.tenantId();
        // The child's archive is written by the parent's reviewer acting for the child on this case only.
        Caller actor = new Caller(caller.tenant() + ":" + caller.userId(), child, Set.of(Role.BUREAU_REVIEWER), null);
        Instant now = clock.instant();
        String reasons = Objections.reasonsOf(req);
        Objections.requireCorrectionFits(c, req, "维持原处理决定的复核不附更正内容。",
                "A review that upholds the decision carries no correction.");
        Objections.Decider decider = correction -> c.decideReview(req.outcome(), reasons, actor.userId(), now,
                correction);
        decider.decide(null); // the state and the reasons, before anything is read or written for the correction
        String record = Objections.currentRecord(c);
        return objections.commit(actor, c, c.target() == DisputeTarget.RECORD ? record : null, req, reasons, record,
                decider, recorder == null ? null : recorder::apply, ObjectionRepository.AnswerAt.CASE);
    }

    private ObjectionCase load(Caller caller, String caseId) {
        String parent = caller.tenant();
        return repository.reviewPointer(parent, caseId).flatMap(p -> escalated(parent, p))
                .orElseThrow(() -> DomainException.notFound("REVIEW_NOT_FOUND",
                        "没有所指编号的、提交本机关复核的异议。", "No objection with that id is under review here."));
    }

    /** The case behind a pointer, only if the child's parent is this tenant and the case is escalated to it. */
    private Optional<ObjectionCase> escalated(String parent, ObjectionRepository.ReviewPointer p) {
        ActiveConfig child;
        try {
            child = tenants.current(p.childTenant());
        } catch (DomainException gone) {
            return Optional.empty();
        }
        if (!parent.equals(child.config().parent())) {
            return Optional.empty();
        }
        return repository.find(p.childTenant(), p.subjectId(), p.caseId())
                .filter(c -> c.review() != null && parent.equals(c.review().reviewTenant()))
                .filter(c -> c.status() == ObjectionStatus.REVIEW_REQUESTED || c.status() == ObjectionStatus.REVIEWED);
    }
}
