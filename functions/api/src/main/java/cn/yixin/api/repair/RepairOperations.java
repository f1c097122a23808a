package cn.yixin.api.repair;

import cn.yixin.api.OperationAccess;
import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/**
 * Credit repair (issue 5; –9.5, R-11.2). The two public operations are anonymous: they have no token, so the
 * tenant comes from the publicity id itself ({@code P<tenant><32 random hex>}), never from a path or body field a
 * caller could set independently. They are still tenantScoped: each request touches keys under that one tenant's
 * prefix only (fenced with dynamodb:LeadingKeys to it), and only the publicised application (docs/security.md).
 */
public final class RepairOperations {

    static final List<String> ANONYMOUS = OperationAccess.ANONYMOUS;

    public static final List<Operation> ALL = List.of(
            new Operation("ApplyForRepair", "POST", "/subjects/{subjectId}/repairs", List.of(CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("ListSubjectRepairs", "GET", "/subjects/{subjectId}/repairs", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadRepair", "GET", "/subjects/{subjectId}/repairs/{repairId}", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ListRepairs", "GET", "/repairs", STAFF, READ, true, List.of("gsi1")),
            new Operation("DecideRepair", "POST", "/subjects/{subjectId}/repairs/{repairId}/decisions", List.of(BUREAU_REVIEWER), APPEND, true, List.of()),
            new Operation("RuleOnRepairObjection", "POST", "/subjects/{subjectId}/repairs/{repairId}/objections/{objectionId}/rulings", List.of(BUREAU_REVIEWER), APPEND, true, List.of()),
            new Operation("ExecuteRepair", "POST", "/subjects/{subjectId}/repairs/{repairId}/executions", List.of(BUREAU_REVIEWER), OperationAccess.APPEND_AND_REVISE, true, List.of()),
            new Operation("RecordRepairFalseMaterials", "POST", "/subjects/{subjectId}/repairs/{repairId}/false-materials", List.of(BUREAU_REVIEWER), APPEND, true, List.of()),
            new Operation("ListPublications", "GET", "/subjects/{subjectId}/publications", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadRepairPublicity", "GET", "/public/repair-publicity/{publicityId}", ANONYMOUS, READ, true, List.of()),
            new Operation("ObjectToRepair", "POST", "/public/repair-publicity/{publicityId}/objections", ANONYMOUS, APPEND, true, List.of()));

    private RepairOperations() {
    }
}
