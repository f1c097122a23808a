package cn.yixin.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every HTTP operation: its route, who may call it, and the DynamoDB actions it needs. The one source of truth for
 * the infrastructure (one Lambda and one least-privilege role per operation, infra/) and for the README's list; a
 * test checks it against the routes the application really has.
 */
public final class OperationCatalog {

    /** Reads only. */
    public static final List<String> READ = OperationAccess.READ;
    /** The daily sweep's rights ({@link OperationAccess#SWEEP}). */
    public static final List<String> SWEEP = OperationAccess.SWEEP;
    /** Appending and revising a published result ({@link OperationAccess#APPEND_AND_REVISE}). */
    public static final List<String> APPEND_AND_REVISE = OperationAccess.APPEND_AND_REVISE;
    /** Reads plus conditional transactional puts ({@link OperationAccess#APPEND}). */
    public static final List<String> APPEND = OperationAccess.APPEND;

    /**
     * @param tenantScoped true when the function only touches keys under the caller's tenant prefix (so its
     *                     credentials can be fenced with dynamodb:LeadingKeys); false for the platform registry
     * @param indexes      secondary indexes it queries
     */
    public record Operation(String name, String method, String path, List<String> roles, List<String> dynamoActions,
                            boolean tenantScoped, List<String> indexes) {

        public boolean writes() {
            return dynamoActions.stream().anyMatch(a -> !OperationAccess.READ_ONLY_ACTIONS.contains(a));
        }
    }

    /**
     * Tenants, subjects, the credit archive, live grades (issue 2), with the notices, attachments, documents,
     * calendars and sweep around them: one area (one nested stack in infra/), listed by each feature.
     */
    static final List<Operation> FOUNDATION = java.util.stream.Stream.of(
            cn.yixin.api.tenancy.TenancyOperations.ALL, cn.yixin.api.credit.CreditOperations.ALL,
            cn.yixin.api.notification.NotificationOperations.ALL, cn.yixin.api.attachment.AttachmentOperations.ALL,
            cn.yixin.api.document.DocumentOperations.ALL, cn.yixin.api.sweep.SweepOperations.ALL)
            .flatMap(List::stream).toList();

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
        m.put("Monitoring", cn.yixin.api.monitoring.MonitoringOperations.ALL);
        m.put("Measures", cn.yixin.api.measure.MeasureOperations.ALL);
        m.put("Inspections", cn.yixin.api.inspection.InspectionOperations.ALL);
        m.put("Supervision", cn.yixin.api.supervision.SupervisionOperations.ALL);
        m.put("Eligibility", cn.yixin.api.eligibility.EligibilityOperations.ALL); // issue 16, R-11.1
        m.put("Procurement", cn.yixin.api.procurement.ProcurementOperations.ALL); // issue 16, R-11.3
        m.put("Disclosure", cn.yixin.api.disclosure.DisclosureOperations.ALL);
        return java.util.Collections.unmodifiableMap(m);
    }

    private OperationCatalog() {
    }

    public static Optional<Operation> byName(String name) {
        return ALL.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
