package cn.yixin.store;

import cn.yixin.domain.repair.RepairApplication;
import cn.yixin.domain.repair.RepairStatus;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credit-repair applications (R-9.1–9.5) and the publication marks of dishonesty records. An
 * application is rewritten whole, conditionally on the version it was read at (optimistic lock; the loser gets
 * {@link ConcurrentUpdate}); a record has at most one open application.
 */
public interface RepairRepository {

    /** Publication of a record ended on a day, by repair or by its maximum period. */
    record PublicationMark(String recordId, String state, LocalDate on, String reference) {
    }

    /**
     * Stores a new application, its open-application lock on the record, and the idempotent response, in one
     * transaction. CONFLICT {@code REPAIR_ALREADY_OPEN} if the record has an open application;
     * {@link IdempotencyKeyUsed} if the key was used.
     */
    void create(RepairApplication application, IdempotentResponse response);

    Optional<RepairApplication> find(String tenantId, String subjectId, String applicationId);

    /** The application publicised under {@code publicityId}, if it is one of this tenant's. */
    Optional<RepairApplication> findByPublicity(String tenantId, String publicityId);

    List<RepairApplication> listBySubject(String tenantId, String subjectId);

    Page<RepairApplication> listByStatus(String tenantId, RepairStatus status, String cursor, int limit);

    /** Replaces {@code before} with {@code after}; releases the record's lock when {@code after} is closed. */
    void update(RepairApplication before, RepairApplication after, IdempotentResponse response);

    /**
     * Executes a repair in one transaction: the archive append with its new standing and history line (as
     * {@link CreditArchiveRepository#append}), the application's new state, the lock release and the record's
     * REPAIRED publication mark. {@link ConcurrentUpdate} if either the subject or the application moved.
     */
    void execute(Subject before, Subject after, List<ArchiveEntry> newEntries, GradeChange change,
                 IdempotentResponse response, RepairApplication appBefore, RepairApplication appAfter);

    /** Records that publication of a record ended by itself; false if a mark was there already. */
    boolean markPublicationEnded(String tenantId, String subjectId, String recordId, LocalDate on);

    Map<String, PublicationMark> publicationMarks(String tenantId, String subjectId);
}
