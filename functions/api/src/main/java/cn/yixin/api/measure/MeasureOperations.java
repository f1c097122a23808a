package cn.yixin.api.measure;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** Results application (issue 13): the measure lists in force and the measures a subject is under; reads only. */
public final class MeasureOperations {

    private MeasureOperations() {
    }

    static final List<String> STAFF_AND_SUBJECT = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR,
            CREDIT_SUBJECT);

    public static final List<Operation> ALL = List.of(
            new Operation("ListMeasures", "GET", "/measures", STAFF_AND_SUBJECT, cn.yixin.api.OperationCatalog.READ, true, List.of()),
            new Operation("ReadSubjectMeasures", "GET", "/subjects/{subjectId}/measures", STAFF_AND_SUBJECT, cn.yixin.api.OperationCatalog.READ, true, List.of()),
            // Pages the kind index and batch-reads the profiles (SubjectStandings).
            new Operation("ListMeasureSubjects", "GET", "/measures/{code}/subjects", cn.yixin.api.OperationAccess.STAFF,
                    List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"), true, List.of("gsi1")));
}
