package cn.yixin.api.pii;

import java.util.Set;

/**
 * The functions that handle personal identifiers: the operations and background-job handlers whose beans
 * reach {@link IdentifierProtector}. infra/ gives these, and only these, the PII secret's ARN and the right to read
 * it ({@code secretsmanager:GetSecretValue}, {@code kms:Decrypt} through Secrets Manager). PersonalDataOperationsTest
 * keeps the lists equal to the injection graph.
 */
public final class PersonalDataOperations {

    public static final Set<String> OPERATIONS = Set.of(
            "AcceptObjection", "ApplyForRepair", "CorrectCreditRecord", "DecideObjection", "DecideRepair",
            "DecideReview", "DownloadAttachment", "DownloadCreditReport", "DownloadDocument", "ExecuteRepair", "FileObjection",
            "FindSubjectByIdentifier", "GrantConsent", "ImportCreditRecords", "LinkSubjects", "ListDocuments", "ListLinks",
            "ListNotices", "ListObjections", "ListPublications", "ListRepairs", "ListReviews",
            "ListSubjectObjections", "ListSubjectRepairs", "ListSubjects", "ObjectToRepair", "ReadArchive",
            "ReadDishonestyList", "ReadMyProfile", "ReadObjection", "ReadProfile", "ReadRepair", "ReadRepairPublicity", "ReadReview",
            "QueryWithConsent", "RecordCommitmentOutcome", "RecordCreditInformation", "RecordInspectionOutcome",
            "RecordRepairFalseMaterials", "RegisterInspector", "RegisterSubject",
            "RequestObjectionReview", "RuleOnRepairObjection", "RunDailySweep", "SignCommitment", "UploadAttachment",
            // issue 16: the person's resident ID is hashed and sealed
            "RecordPoints", "CheckEligibility");

    /** Handler classes (without the {@code ::method}) of the background jobs that need the keys. */
    public static final Set<String> JOB_HANDLERS = Set.of("cn.yixin.api.sweep.DailySweepHandler");

    private PersonalDataOperations() {
    }
}
