package cn.yixin.api;

import java.util.List;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/**
 * The DynamoDB action lists and caller groups the feature catalogs ({@code credit/CreditOperations},
 * {@code objection/ObjectionOperations}…) build their operations from. Kept apart from {@link OperationCatalog} so a
 * feature catalog never needs the catalog that assembles it (no class-initialisation cycle).
 */
public final class OperationAccess {

    /** Reads only. */
    public static final List<String> READ = List.of("dynamodb:GetItem", "dynamodb:Query");
    /** Every action that only reads (READ, plus the batched read a bulk standing read uses; issue 13). */
    public static final List<String> READ_ONLY_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:Query",
            "dynamodb:BatchGetItem");
    /**
     * The daily sweep runs every area's jobs (publication, overdue cases, repair and publication ends, effective-date
     * re-grading): the union of what they do, and the kind/grade index they page subjects and results through.
     */
    public static final List<String> SWEEP = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem");

    /** Appending to the archive, and revising the subject's published evaluation result it changes. */
    public static final List<String> APPEND_AND_REVISE = List.of("dynamodb:GetItem", "dynamodb:Query",
            "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem");

    /** Reads plus conditional transactional puts: what every archive write needs, and no Update or Delete. */
    public static final List<String> APPEND = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:ConditionCheckItem");

    /** Bureau staff: admin, officer, reviewer, auditor. */
    /** A public page: no token (repair publicity, inspection results, reports, public lists; docs/security.md). */
    public static final List<String> ANONYMOUS = List.of(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS);
    public static final List<String> STAFF = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR);
    public static final List<String> STAFF_AND_SUBJECT = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER,
            AUDITOR, CREDIT_SUBJECT);
    public static final List<String> WRITERS = List.of(BUREAU_ADMIN, BUREAU_OFFICER);

    private OperationAccess() {
    }
}
