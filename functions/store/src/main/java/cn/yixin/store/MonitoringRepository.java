package cn.yixin.store;

import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;

import java.util.List;
import java.util.Optional;

/**
 * Warnings and monitoring levels. Warnings are written with the archive entry that raised them
 * ({@link ArchiveEntry#warnings()}); here they are read and reviewed.
 */
public interface MonitoringRepository {

    /** The subject's warnings, any status, read consistently (the write path decides what is new from them). */
    List<Warning> warnings(String tenantId, String subjectId);

    /** Every warning of the tenant (the inbox filters and sorts). */
    List<Warning> allWarnings(String tenantId);

    Optional<Warning> warning(String tenantId, String subjectId, String warningId);

    /** Warnings raised outside an archive write (a fund-expenditure jump): each put once; a stored id is skipped. */
    void raise(String tenantId, List<Warning> warnings);

    Optional<MonitoringStatus> monitoring(String tenantId, String subjectId);

    List<MonitoringStatus> allMonitoring(String tenantId);

    /**
     * One review in one transaction: the warning moves from OPEN to its outcome (fails with {@link ConcurrentUpdate}
     * if it is no longer OPEN), the subject's monitoring level if it changes ({@code before} as read, null if none),
     * the subject's notice if it is to be told, and the idempotent answer.
     */
    void review(String tenantId, Warning before, Warning after, MonitoringStatus monitoringBefore,
                MonitoringStatus monitoringAfter, StoredNotice notice, IdempotentResponse response);

    /**
     * Key monitoring entered or left by a grade (no request, no answer): onto no row or the row exactly as read
     * ({@link ConcurrentUpdate} otherwise).
     */
    void putMonitoring(String tenantId, MonitoringStatus before, MonitoringStatus after);

    /**
     * The live grades of the tenant's subjects of {@code kind}, counted by grade (statistics, issue 15): one paged
     * query of the kind/grade index, only the index's sort key read.
     */
    java.util.Map<String, Long> liveGradeCounts(String tenantId, cn.yixin.domain.SubjectKind kind);

    /** Ends key monitoring: the row as read must be unchanged ({@link ConcurrentUpdate} otherwise). */
    void endMonitoring(String tenantId, MonitoringStatus before, MonitoringStatus after, IdempotentResponse response);
}
