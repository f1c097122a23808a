package cn.yixin.api.credit;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.APPEND_AND_REVISE;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.OperationAccess.WRITERS;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** Subjects, the credit archive, live grades, links and commitments (issue 2). Part of the Foundation area of {@code OperationCatalog}. */
public final class CreditOperations {

    public static final List<Operation> ALL = List.of(
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
            new Operation("RecordCommitmentOutcome", "POST", "/subjects/{subjectId}/commitments/{template}/outcomes", WRITERS, APPEND, true, List.of()));

    private CreditOperations() {
    }
}
