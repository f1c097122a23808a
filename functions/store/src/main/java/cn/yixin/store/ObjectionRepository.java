package cn.yixin.store;

import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objection cases (R-6.1–6.6). The case lives in the subject's partition under {@code OBJ#<caseId>}; while it is not
 * finished an open row under {@code T#<t>#OBJ#OPEN} lets the bureau and the daily sweep list every unfinished case
 * of the tenant in one query (no index); while it is pending a mark {@code MARK#<recordId>} in the subject's
 * partition tells every reader that the record is under objection. A case escalated for review has a
 * pointer row in the parent tenant's own prefix, {@code T#<parent>#REVIEW}, which is all the parent can list.
 */
public interface ObjectionRepository {

    /** What a write does to the record's under-objection mark. */
    enum Mark { PUT, DELETE, KEEP }

    /** An unfinished case as the tenant-wide open list shows it. */
    record OpenCase(String caseId, String subjectId, String status, LocalDate due, boolean overdue) {
    }

    /** A case escalated to a parent tenant for review: a pointer, the case itself stays with the child. */
    record ReviewPointer(String parentTenant, String caseId, String childTenant, String subjectId) {
    }

    /**
     * Writes the new case, its open row, the mark on {@code markRecordId} (if not null) and the idempotent answer in
     * one transaction. {@link AlreadyUnderObjection} if that record is under objection by another pending case.
     */
    default void create(ObjectionCase c, String markRecordId, IdempotentResponse response) {
        create(c, markRecordId, null, response);
    }

    /**
     * As {@link #create(ObjectionCase, String, IdempotentResponse)}, and moves {@code resultMark} (an objection to a
     * cycle result) in the same transaction: {@link ConcurrentUpdate} if that result moved since it was read.
     */
    void create(ObjectionCase c, String markRecordId, ResultMark resultMark, IdempotentResponse response);

    Optional<ObjectionCase> find(String tenantId, String subjectId, String caseId);

    /** The subject's cases, newest first. */
    List<ObjectionCase> forSubject(String tenantId, String subjectId);

    /**
     * Replaces the case written at {@code before.version()} by {@code after}, keeps the open row in step (removed when
     * the case is finished), changes the mark on {@code markRecordId} and stores the idempotent answer, in one
     * transaction. {@link ConcurrentUpdate} if the case changed since it was read.
     */
    default void update(ObjectionCase before, ObjectionCase after, String markRecordId, Mark mark,
                        IdempotentResponse response) {
        update(before, after, markRecordId, mark, null, response);
    }

    /** As the five-argument update, and moves {@code resultMark} in the same transaction (see {@link ResultMark}). */
    void update(ObjectionCase before, ObjectionCase after, String markRecordId, Mark mark, ResultMark resultMark,
                IdempotentResponse response);

    /**
     * The archive write a decision carries (the correction entry, the subject's new standing at its version, the
     * grade-history line): written in the decision's own transaction.
     */
    record ArchiveWrite(Subject before, Subject after, List<ArchiveEntry> entries, GradeChange change) {
    }

    /** Where a decision's idempotent answer is kept. */
    enum AnswerAt {
        /** Its own row under the caller's tenant, in the same transaction. */
        IDEMPOTENCY_ROW,
        /**
         * On the case item itself (a parent's review decision: the answer's row belongs to the parent's prefix, which
         * the child's transaction cannot touch); {@link #keptAnswer} reads it back so a retry can file it.
         */
        CASE
    }

    /**
     * A decision: the case from {@code before.version()} to {@code after}, its open row, the removal of its mark on
     * {@code markRecordId}, the archive write (if not null) and the idempotent answer (if not null), all in one
     * TransactWriteItems, so the case, the archive and the grade never disagree. {@link ObjectionMoved} if the case
     * changed since it was read, {@link ConcurrentUpdate} if the subject did (or the transaction met another),
     * {@link IdempotencyKeyUsed} if the key's answer is already kept; in each case nothing was written.
     */
    void decide(ObjectionCase before, ObjectionCase after, String markRecordId, ArchiveWrite archive,
                IdempotentResponse response, AnswerAt answerAt);

    /** The answer a decision kept on its case ({@link AnswerAt#CASE}), if any. */
    Optional<IdempotentResponse> keptAnswer(String tenantId, String subjectId, String caseId);

    /** Every unfinished case of the tenant. */
    List<OpenCase> open(String tenantId);

    /** recordId → caseId for every record of the subject now under objection. */
    Map<String, String> marks(String tenantId, String subjectId);

    /** Records the escalation in the parent's prefix (idempotent: the same case twice is one row). */
    void addReviewPointer(ReviewPointer pointer);

    Optional<ReviewPointer> reviewPointer(String parentTenant, String caseId);

    List<ReviewPointer> reviewPointers(String parentTenant);
}
