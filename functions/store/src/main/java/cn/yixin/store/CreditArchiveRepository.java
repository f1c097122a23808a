package cn.yixin.store;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;

import java.util.List;
import java.util.Optional;

/** The append-only credit archive of each subject. There is no update and no delete. */
public interface CreditArchiveRepository {

    /**
     * The subjects with a record that starts or stops counting on {@code day}, from the boundary rows every
     * archive write adds: what the daily re-grade visits instead of every subject.
     */
    java.util.Set<String> subjectsWithBoundaryOn(String tenantId, java.time.LocalDate day);

    /** Every entry of the subject's archive in the order it was written. */
    List<ArchiveEntry> entries(String tenantId, String subjectId);

    Optional<ArchiveEntry> entry(String tenantId, String subjectId, String recordId);

    /**
     * Appends entries and moves the subject to {@code after} (its new standing, version and chain head), with a
     * grade-history entry if the grade or score moved and the idempotent response if given, all in one
     * TransactWriteItems. {@link ConcurrentUpdate} if the subject's version is no longer {@code before.version()}.
     */
    void append(Subject before, Subject after, List<ArchiveEntry> newEntries, GradeChange change,
                IdempotentResponse response);
}
