package cn.yixin.api.document;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;

/** The written documents (applications, notices, decisions) of a subject. Part of the Foundation area of {@code OperationCatalog}. */
public final class DocumentOperations {

    public static final List<Operation> ALL = List.of(
            new Operation("ListDocuments", "GET", "/subjects/{subjectId}/documents", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("DownloadDocument", "GET", "/subjects/{subjectId}/documents/{documentId}", STAFF_AND_SUBJECT, READ, true, List.of()));

    private DocumentOperations() {
    }
}
