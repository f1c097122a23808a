package cn.yixin.api.adversary;

import java.util.Map;
import java.util.Set;

/** What a scenario's own caller is answered, where it is not simply 200/201. */
final class Expectations {

    private Expectations() {
    }

    /**
     * Answers that prove the call was served, not refused by the guard. An If-Match the configuration does not have
     * is 412/409 by design (the update scenario must not really replace Nanchuan's rules in a shared world); an
     * execution before the publicity ends is 409 by design.
     */
    private static final Map<String, Set<Integer>> SERVED = Map.of(
            "UpdateTenantConfig", Set.of(409, 412),
            "ExecuteRepair", Set.of(409),
            "ReviseResult", Set.of(200, 404));

    /**
     * Platform operations outside every tenant's key space keep no Idempotency-Key (their writes are not under a
     * tenant prefix): a retry of an onboarding is 409 TENANT_EXISTS, naming the tenant, and an update is guarded by
     * If-Match. docs/security.md says so. A calendar year's first load takes no If-Match, so its retry is 409
     * CALENDAR_VERSION_CONFLICT naming the version now loaded (the scenario loads a year of its own each time).
     */
    static final Set<String> RETRY_IS_A_CONFLICT = Set.of("OnboardTenant", "LoadCalendarYear");

    /**
     * POSTs that keep their answer under the Idempotency-Key. The rest are idempotent as they stand — a search, a
     * what-if, a cycle run or publication that continues or reports, the sweep of a day — and say so in their javadoc.
     */
    static final Set<String> KEYED = Set.of("RegisterSubject", "RecordCreditInformation", "CorrectCreditRecord",
            "ImportCreditRecords", "LinkSubjects", "SignCommitment", "RecordCommitmentOutcome", "UploadAttachment",
            "FileObjection", "AcceptObjection", "DecideObjection", "RequestObjectionReview", "DecideReview",
            "RecordSubjectFacts", "ApplyForRepair", "DecideRepair", "RuleOnRepairObjection", "ExecuteRepair",
            "RecordRepairFalseMaterials", "ObjectToRepair",
            // issue 16
            "RecordPoints", "WithdrawPoints", "RecordProcurementCase", "ClearProcurementCase");

    static Set<Integer> servedStatuses(String operation) {
        return SERVED.getOrDefault(operation, Set.of(200, 201, 202));
    }

    static boolean servedWithSuccess(String operation) {
        return servedStatuses(operation).stream().anyMatch(s -> s < 300) && !SERVED.containsKey(operation);
    }
}
