package cn.yixin.api.inspection;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;

/**
 * Graded random inspections (双随机、一公开, R-7.2, issue 13); concatenated in OperationCatalog. Every write is one
 * transaction of conditional puts (no Update or Delete). The draw also pages the kind index and batch-reads the
 * subjects it draws from; recording an outcome with a violation appends to the archive through CreditArchive, so it
 * has that operation's rights (RecordCreditInformation).
 */
public final class InspectionOperations {

    private InspectionOperations() {
    }

    static final List<String> ADMIN = List.of(BUREAU_ADMIN);
    static final List<String> ANONYMOUS = OperationAccess.ANONYMOUS;
    static final List<String> APPEND = OperationAccess.APPEND;
    static final List<String> DRAW = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem",
            "dynamodb:PutItem", "dynamodb:ConditionCheckItem");

    public static final List<Operation> ALL = List.of(
            new Operation("RegisterInspector", "POST", "/inspectors", ADMIN, APPEND, true, List.of()),
            new Operation("ListInspectors", "GET", "/inspectors", STAFF, READ, true, List.of()),
            new Operation("CreateInspectionPlan", "POST", "/inspection-plans", ADMIN, APPEND, true, List.of()),
            new Operation("ListInspectionPlans", "GET", "/inspection-plans", STAFF, READ, true, List.of()),
            new Operation("DrawInspection", "POST", "/inspection-plans/{planId}/draws", ADMIN, DRAW, true,
                    List.of("gsi1")),
            new Operation("ReadInspectionDraw", "GET", "/inspection-draws/{drawId}", STAFF, READ, true, List.of()),
            new Operation("RecordInspectionOutcome", "POST", "/inspection-draws/{drawId}/checks/{subjectId}/outcome",
                    OperationAccess.WRITERS, APPEND, true, List.of()),
            new Operation("ReadPublicInspectionDraw", "GET", "/public/inspection-draws/{drawId}", ANONYMOUS, READ, true,
                    List.of()));
}
