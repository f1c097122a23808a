package cn.yixin.api.attachment;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.security.Roles.BUREAU_ADMIN;
import static cn.yixin.api.security.Roles.BUREAU_OFFICER;
import static cn.yixin.api.security.Roles.BUREAU_REVIEWER;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** Evidence files, uploaded and downloaded. Part of the Foundation area of {@code OperationCatalog}. */
public final class AttachmentOperations {

    public static final List<Operation> ALL = List.of(
            new Operation("UploadAttachment", "POST", "/subjects/{subjectId}/attachments", List.of(BUREAU_ADMIN, BUREAU_OFFICER, BUREAU_REVIEWER, CREDIT_SUBJECT), APPEND, true, List.of()),
            new Operation("DownloadAttachment", "GET", "/subjects/{subjectId}/attachments/{attachmentId}", STAFF_AND_SUBJECT, READ, true, List.of()));

    private AttachmentOperations() {
    }
}
