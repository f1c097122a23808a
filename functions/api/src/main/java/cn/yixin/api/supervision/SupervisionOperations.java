package cn.yixin.api.supervision;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;

/** The supervision item list (监管事项清单, R-7.5, issue 13); concatenated in OperationCatalog. Puts only. */
public final class SupervisionOperations {

    private SupervisionOperations() {
    }

    public static final List<Operation> ALL = List.of(
            new Operation("PublishSupervisionItems", "POST", "/supervision-items", List.of(BUREAU_ADMIN), APPEND, true,
                    List.of()),
            new Operation("ListSupervisionReports", "GET", "/supervision-items/reports", STAFF, READ, true, List.of()),
            new Operation("RecordSupervisionReport", "POST", "/supervision-items/{version}/report",
                    OperationAccess.WRITERS, APPEND, true, List.of()),
            new Operation("ReadPublicSupervisionItems", "GET", "/public/supervision-items/{tenantId}",
                    cn.yixin.api.OperationAccess.ANONYMOUS, READ, true, List.of()));
}
