package cn.yixin.api.procurement;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;

/**
 * The pharmaceutical price and procurement credit rating (issue 16, R-11.3; docs/procurement-rating.md): cases in the
 * company's own partition, written with its notice in one transaction of puts.
 */
public final class ProcurementOperations {

    private ProcurementOperations() {
    }

    public static final List<Operation> ALL = List.of(
            new Operation("RecordProcurementCase", "POST", "/subjects/{subjectId}/procurement-cases",
                    List.of(BUREAU_ADMIN, BUREAU_OFFICER), OperationAccess.APPEND, true, List.of()),
            new Operation("ListProcurementCases", "GET", "/subjects/{subjectId}/procurement-cases",
                    OperationAccess.STAFF_AND_SUBJECT, OperationAccess.READ, true, List.of()),
            new Operation("ClearProcurementCase", "POST", "/subjects/{subjectId}/procurement-cases/{caseId}/clearance",
                    List.of(BUREAU_ADMIN, BUREAU_REVIEWER), OperationAccess.APPEND, true, List.of()));
}
