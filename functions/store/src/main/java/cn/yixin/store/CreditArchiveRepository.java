package cn.yixin.store;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;

import java.util.List;
import java.util.Optional;

/** The append-only credit archive of each subject. There is no update and no delete. */
public interface CreditArchiveRepository {

    /**
     * The subjects listed in the tenant's {@code rows} for {@code day}: with a record that starts or stops counting
     * that day (BOUNDARY, R-3.3), or with a dishonesty record of that penalty date (PENALTY, R-11.2). Every archive
     * write adds its rows; the daily sweep jobs visit these subjects instead of every subject.
     */
    java.util.Set<String> subjectsListed(String tenantId, DayRows rows, java.time.LocalDate day);

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
