package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;
import cn.yixin.store.NoticeRepository;
import cn.yixin.store.StoredNotice;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Tells a subject something in writing: the website inbox first (the durable record, written once per
 * notice id), then every other channel. A retry of the same event finds the inbox entry and sends nothing again.
 */
@Singleton
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final NoticeRepository inbox;
    private final List<NotificationChannel> channels;

    public Notifier(NoticeRepository inbox, List<NotificationChannel> channels) {
        this.inbox = inbox;
        this.channels = channels;
    }

    /** True if the notice was new and has been sent; false if it had been sent before. */
    public boolean notify(Subject subject, Notice notice) {
        boolean fresh = inbox.addIfAbsent(new StoredNotice(notice.id(), notice.tenantId(), notice.subjectId(),
                notice.kind(), notice.titleZh(), notice.bodyZh(), notice.deadline(), notice.reference(),
                notice.createdAt()));
        if (!fresh) {
            return false;
        }
        for (NotificationChannel c : channels) {
            try {
                c.send(subject, notice);
            } catch (RuntimeException e) {
                LOG.warn("Channel {} failed for notice {} of subject {}; the inbox has it", c.name(), notice.id(),
                        subject.id(), e);
            }
        }
        return true;
    }

    public List<Notice> inbox(String tenantId, String subjectId) {
        return inbox.list(tenantId, subjectId).stream()
                .map(n -> new Notice(n.id(), n.tenantId(), n.subjectId(), n.kind(), n.titleZh(), n.bodyZh(),
                        n.deadline(), n.reference(), n.createdAt()))
                .toList();
    }
}
