package cn.yixin.api.monitoring;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/**
 * Monitoring and early warning (issue 15, R-8.1); concatenated in OperationCatalog. Warnings are raised by the
 * archive writes themselves (their APPEND actions already cover the extra conditional put). A review puts the warning
 * (conditional on OPEN), the monitoring row and the notice in one transaction: puts only, no Update or Delete.
 */
public final class MonitoringOperations {

    private MonitoringOperations() {
    }

    static final List<String> STAFF = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR);
    static final List<String> DECIDERS = List.of(BUREAU_ADMIN, BUREAU_REVIEWER);

    public static final List<Operation> ALL = List.of(
            new Operation("ListWarnings", "GET", "/warnings", STAFF, OperationCatalog.READ, true, List.of()),
            new Operation("ListSubjectWarnings", "GET", "/subjects/{subjectId}/warnings",
                    List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR, CREDIT_SUBJECT), OperationCatalog.READ, true, List.of()),
            new Operation("ReviewWarning", "POST", "/subjects/{subjectId}/warnings/{warningId}/review", DECIDERS,
                    OperationCatalog.APPEND, true, List.of()),
            new Operation("ListKeyMonitoring", "GET", "/monitoring", STAFF, OperationCatalog.READ, true, List.of()),
            new Operation("ReadSubjectMonitoring", "GET", "/subjects/{subjectId}/monitoring", STAFF, OperationCatalog.READ, true, List.of()),
            new Operation("EndKeyMonitoring", "POST", "/subjects/{subjectId}/monitoring/end", DECIDERS,
                    OperationCatalog.APPEND, true, List.of()),
            // Statistics for a bureau head: the warning and monitoring partitions, the cycle runs, the kind/grade index.
            new Operation("ReadMonitoringStatistics", "GET", "/monitoring/statistics", STAFF, OperationCatalog.READ,
                    true, List.of("gsi1")),
            new Operation("ReadMonitoringChart", "GET", "/monitoring/statistics/chart", STAFF, OperationCatalog.READ,
                    true, List.of("gsi1")));
}
