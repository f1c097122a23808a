package cn.yixin.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.api.security.Roles.AUDITOR;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;
import static cn.yixin.api.security.Roles.PLATFORM_OPERATOR;

/**
 * Every HTTP operation: its route, who may call it, and the DynamoDB actions it needs. The one source of truth for
 * the infrastructure (one Lambda and one least-privilege role per operation, infra/) and for the README's list; a
 * test checks it against the routes the application really has.
 */
public final class OperationCatalog {

    /** Reads only. */
    public static final List<String> READ = List.of("dynamodb:GetItem", "dynamodb:Query");
    /** Reads plus conditional transactional puts: what every archive write needs, and no Update or Delete. */
    /**
     * The daily sweep runs every area's jobs (publication, overdue cases, repair and publication ends, effective-date
     * re-grading): the union of what they do, and the kind/grade index they page subjects and results through.
     */
    public static final List<String> SWEEP = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem");

    /** Appending to the archive, and revising the subject's published evaluation result it changes. */
    public static final List<String> APPEND_AND_REVISE = List.of("dynamodb:GetItem", "dynamodb:Query",
            "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:ConditionCheckItem");

    public static final List<String> APPEND = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:ConditionCheckItem");

    /**
     * @param tenantScoped true when the function only touches keys under the caller's tenant prefix (so its
     *                     credentials can be fenced with dynamodb:LeadingKeys); false for the platform registry
     * @param indexes      secondary indexes it queries
     */
    public record Operation(String name, String method, String path, List<String> roles, List<String> dynamoActions,
                            boolean tenantScoped, List<String> indexes) {

        public boolean writes() {
            return dynamoActions.stream().anyMatch(a -> !READ.contains(a));
        }
    }

    public static final List<String> STAFF = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, AUDITOR);
    public static final List<String> STAFF_AND_SUBJECT = List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER,
            AUDITOR, CREDIT_SUBJECT);
    public static final List<String> WRITERS = List.of(BUREAU_ADMIN, BUREAU_OFFICER);

    /** Tenants, subjects, the credit archive, live grades (issue 2). */
    static final List<Operation> FOUNDATION = List.of(
            new Operation("OnboardTenant", "POST", "/platform/tenants", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()),
            new Operation("ListTenants", "GET", "/platform/tenants", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("ReadTenantConfig", "GET", "/platform/tenants/{tenantId}/config", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("UpdateTenantConfig", "PUT", "/platform/tenants/{tenantId}/config", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()),
            new Operation("ReadOwnTenantConfig", "GET", "/config", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ComputeDeadline", "GET", "/calendar/deadlines", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("RegisterSubject", "POST", "/subjects", WRITERS, APPEND, true, List.of()),
            new Operation("ListSubjects", "GET", "/subjects", STAFF, READ, true, List.of("gsi1")),
            new Operation("FindSubjectByIdentifier", "POST", "/subjects/search", STAFF, READ, true, List.of()),
            new Operation("ReadProfile", "GET", "/subjects/{subjectId}", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadMyProfile", "GET", "/me", List.of(CREDIT_SUBJECT), READ, true, List.of()),
            new Operation("ReadArchive", "GET", "/subjects/{subjectId}/records", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("RecordCreditInformation", "POST", "/subjects/{subjectId}/records", WRITERS, APPEND, true, List.of()),
            new Operation("CorrectCreditRecord", "POST", "/subjects/{subjectId}/records/{recordId}/corrections", WRITERS, APPEND_AND_REVISE, true, List.of()),
            new Operation("ImportCreditRecords", "POST", "/records/imports", WRITERS, APPEND, true, List.of()),
            new Operation("LinkSubjects", "POST", "/subjects/{subjectId}/links", WRITERS, APPEND, true, List.of()),
            new Operation("ListLinks", "GET", "/subjects/{subjectId}/links", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("SignCommitment", "POST", "/subjects/{subjectId}/commitments", List.of(BUREAU_ADMIN, BUREAU_OFFICER, CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("ListNotices", "GET", "/subjects/{subjectId}/notices", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadMyNotices", "GET", "/me/notices", List.of(CREDIT_SUBJECT), READ, true, List.of()),
            new Operation("UploadAttachment", "POST", "/subjects/{subjectId}/attachments", List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("DownloadAttachment", "GET", "/subjects/{subjectId}/attachments/{attachmentId}", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ListDocuments", "GET", "/subjects/{subjectId}/documents", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("DownloadDocument", "GET", "/subjects/{subjectId}/documents/{documentId}", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ListCalendars", "GET", "/platform/calendars", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("ReadCalendarYear", "GET", "/platform/calendars/{calendarId}/years/{year}", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("LoadCalendarYear", "PUT", "/platform/calendars/{calendarId}/years/{year}", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()),
            new Operation("RunDailySweep", "POST", "/platform/sweeps", List.of(PLATFORM_OPERATOR), SWEEP, false, List.of("gsi1")),
            new Operation("RecordCommitmentOutcome", "POST", "/subjects/{subjectId}/commitments/{template}/outcomes", WRITERS, APPEND, true, List.of()));

    /**
     * Every operation, by feature area. Each area keeps its own list (evaluation cycles, objections, repair…) in
     * its own class, so areas grow without editing each other's lines.
     */
    public static final Map<String, List<Operation>> BY_AREA = areas();

    public static final List<Operation> ALL = BY_AREA.values().stream().flatMap(List::stream).toList();

    /** Feature areas in a stable order; infra/ gives each its own nested stack of functions. */
    private static Map<String, List<Operation>> areas() {
        Map<String, List<Operation>> m = new java.util.LinkedHashMap<>();
        m.put("Foundation", FOUNDATION);
        m.put("Objections", cn.yixin.api.objection.ObjectionOperations.ALL);
        m.put("Repair", cn.yixin.api.repair.RepairOperations.ALL);
        m.put("Evaluation", cn.yixin.api.evaluation.EvaluationOperations.ALL);
        return java.util.Collections.unmodifiableMap(m);
    }


    private OperationCatalog() {
    }

    public static Optional<Operation> byName(String name) {
        return ALL.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
