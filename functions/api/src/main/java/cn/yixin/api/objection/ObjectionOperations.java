package cn.yixin.api.objection;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** Objections (issue 4): filing, acceptance, decision, review by the level above; concatenated in OperationCatalog. */
public final class ObjectionOperations {

    private ObjectionOperations() {
    }

    static final List<String> READ = cn.yixin.api.OperationAccess.READ;

    /**
     * Case work: reads, conditional puts (the case at its version, the mark, the open row), deletes (the open row
     * of a finished case, the mark of a decided one), and updates of an evaluation result under objection (its
     * objection mark, a revision when the decision corrects it). The suite enforces exactly this list.
     */
    public static final List<String> CASEWORK = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem");

    static final List<String> STAFF = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR);
    static final List<String> STAFF_AND_SUBJECT = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR,
            CREDIT_SUBJECT);
    static final List<String> DECIDERS = List.of(BUREAU_ADMIN, BUREAU_REVIEWER);
    static final List<String> REVIEW_READERS = List.of(BUREAU_ADMIN, BUREAU_REVIEWER, AUDITOR);

    /**
     * The review operations and the review request are not tenant-scoped (false): they reach one escalated case of a
     * child tenant, or write the pointer into the parent's prefix, and nothing else (docs/security.md).
     */
    public static final List<Operation> ALL = List.of(
            new Operation("FileObjection", "POST", "/subjects/{subjectId}/objections", List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, CREDIT_SUBJECT), CASEWORK, true, List.of()),
            new Operation("ListSubjectObjections", "GET", "/subjects/{subjectId}/objections", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadObjection", "GET", "/subjects/{subjectId}/objections/{caseId}", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ListObjections", "GET", "/objections", STAFF, READ, true, List.of()),
            new Operation("AcceptObjection", "POST", "/subjects/{subjectId}/objections/{caseId}/acceptance", DECIDERS, CASEWORK, true, List.of()),
            new Operation("DecideObjection", "POST", "/subjects/{subjectId}/objections/{caseId}/decision", DECIDERS, CASEWORK, true, List.of()),
            new Operation("RequestObjectionReview", "POST", "/subjects/{subjectId}/objections/{caseId}/review-requests", List.of(CREDIT_SUBJECT), CASEWORK, false, List.of()),
            new Operation("ListReviews", "GET", "/reviews", REVIEW_READERS, READ, false, List.of()),
            new Operation("ReadReview", "GET", "/reviews/{caseId}", REVIEW_READERS, READ, false, List.of()),
            new Operation("DecideReview", "POST", "/reviews/{caseId}/decision", DECIDERS, CASEWORK, false, List.of()));
}
