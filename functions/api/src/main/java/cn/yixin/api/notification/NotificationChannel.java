package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;

/** A way to reach a subject besides its website inbox, which is always written first and is the record. */
public interface NotificationChannel {

    String name();

    /** Sends the notice; a failure here is logged and does not undo the inbox entry. */
    void send(Subject subject, Notice notice);
}
