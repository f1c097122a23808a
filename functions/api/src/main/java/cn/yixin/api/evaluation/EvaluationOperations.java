package cn.yixin.api.evaluation;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** Evaluation cycles and publication (issue 3, R-5.4–5.8): concatenated into {@code OperationCatalog.ALL}. */
public final class EvaluationOperations {

    private static final List<String> STAFF = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR);
    private static final List<String> STAFF_AND_SUBJECT = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER,
            AUDITOR, CREDIT_SUBJECT);
    private static final List<String> WRITERS = List.of(BUREAU_ADMIN, BUREAU_OFFICER);
    private static final List<String> READ = List.of("dynamodb:GetItem", "dynamodb:Query");
    /** Runs, publication and revisions move a run's lease and position and a result's status: UpdateItem too. */
    private static final List<String> UPDATE = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem");

    public static final List<Operation> ALL = List.of(
            // Facts revise the results they change (issue 12.1: late facts), so UpdateItem too.
            new Operation("RecordSubjectFacts", "POST", "/subjects/{subjectId}/facts", WRITERS, UPDATE, true, List.of()),
            new Operation("ReadSubjectFacts", "GET", "/subjects/{subjectId}/facts", STAFF, READ, true, List.of()),
            new Operation("StartEvaluationRun", "POST", "/cycles/{year}/runs", WRITERS, UPDATE, true, List.of("gsi1")),
            new Operation("ReadEvaluationProgress", "GET", "/cycles/{year}/runs", STAFF, READ, true, List.of()),
            new Operation("PublishDueResults", "POST", "/cycles/{year}/publications", WRITERS, UPDATE, true, List.of("gsi1")),
            new Operation("ListCycleResults", "GET", "/cycles/{year}/results", STAFF, READ, true, List.of("gsi1")),
            new Operation("ReadCycleStatistics", "GET", "/cycles/{year}/statistics", STAFF, READ, true, List.of()),
            new Operation("ReadSubjectResults", "GET", "/subjects/{subjectId}/results", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReviseResult", "POST", "/subjects/{subjectId}/results/{year}/revisions",
                    List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER), UPDATE, true, List.of()),
            new Operation("EvaluateWhatIf", "POST", "/cycles/what-if", List.of(BUREAU_ADMIN), READ, true, List.of("gsi1")));

    private EvaluationOperations() {
    }
}
