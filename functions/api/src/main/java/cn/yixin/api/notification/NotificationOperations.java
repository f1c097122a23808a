package cn.yixin.api.notification;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.security.Roles.CREDIT_SUBJECT;

/** The notices a subject was sent. Part of the Foundation area of {@code OperationCatalog}. */
public final class NotificationOperations {

    public static final List<Operation> ALL = List.of(
            new Operation("ListNotices", "GET", "/subjects/{subjectId}/notices", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ReadMyNotices", "GET", "/me/notices", List.of(CREDIT_SUBJECT), READ, true, List.of()));

    private NotificationOperations() {
    }
}
