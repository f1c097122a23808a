package cn.yixin.api.eligibility;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;

/**
 * Payment-eligibility points of the staff of designated institutions (issue 16, R-11.1; docs/eligibility.md). Every
 * operation stays in the caller's tenant prefix (the ledger lives where the points are recorded; docs/eligibility.md
 * says why). A ledger write is one transaction of puts (ledger at its version, list row, day rows, notices, answer).
 */
public final class EligibilityOperations {

    private EligibilityOperations() {
    }

    static final List<String> STAFF = OperationAccess.STAFF;
    /** The settlement check: reads, plus the put of its audit row. */
    static final List<String> CHECK = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem");

    public static final List<Operation> ALL = List.of(
            new Operation("RecordPoints", "POST", "/eligibility/points", List.of(BUREAU_ADMIN, BUREAU_OFFICER),
                    OperationAccess.APPEND, true, List.of()),
            new Operation("ListLedgers", "GET", "/eligibility/ledgers", STAFF, OperationAccess.READ, true, List.of()),
            new Operation("ReadLedger", "GET", "/eligibility/ledgers/{ledgerId}", STAFF, OperationAccess.READ, true, List.of()),
            new Operation("WithdrawPoints", "POST", "/eligibility/ledgers/{ledgerId}/acts/{actId}/withdrawal",
                    List.of(BUREAU_ADMIN, BUREAU_REVIEWER), OperationAccess.APPEND, true, List.of()),
            new Operation("CheckEligibility", "POST", "/eligibility/status-checks",
                    List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR), CHECK, true, List.of()));
}
