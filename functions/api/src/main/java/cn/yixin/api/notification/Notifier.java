package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;
import cn.yixin.store.NoticeRepository;
import cn.yixin.store.StoredNotice;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;

/**
 * Tells a subject something in writing: the website inbox first (the durable record, written once per
 * notice id), then every other channel. A retry of the same event finds the inbox entry and sends nothing again.
 *
 * <p>Where the other channels are sent from is {@code yixin.notifications.delivery}:
 * <ul>
 *   <li>{@code inline} (the default: the local run and the tests) — sent right after the inbox write, in the
 *   request. There is no stream consumer there, so nothing else would ever send them.</li>
 *   <li>{@code stream} (the function environment: {@code application-function.yml}, and infra sets
 *   {@code YIXIN_NOTIFICATIONS_DELIVERY=stream} on every function) — only the inbox is written here; the table's
 *   stream carries the new {@code N#} item to {@link NoticeStreamHandler}, which sends it with retries, partial
 *   batch failure reporting and the dead-letter queue. A slow or failing SMS gateway then neither slows a request
 *   nor loses a message (inline, a failure is only logged).</li>
 * </ul>
 */
@Singleton
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    /** Where the non-inbox channels are sent from; see the class comment. */
    public enum Delivery { INLINE, STREAM }

    private final NoticeRepository inbox;
    private final List<NotificationChannel> channels;
    private final Delivery delivery;

    @Inject
    public Notifier(NoticeRepository inbox, List<NotificationChannel> channels,
                    @Property(name = "yixin.notifications.delivery", defaultValue = "inline") String delivery) {
        this(inbox, channels, Delivery.valueOf(delivery.trim().toUpperCase(Locale.ROOT)));
    }

    public Notifier(NoticeRepository inbox, List<NotificationChannel> channels, Delivery delivery) {
        this.inbox = inbox;
        this.channels = channels;
        this.delivery = delivery;
    }

    public Delivery delivery() {
        return delivery;
    }

    /** True if the notice was new (and has been sent, or handed to the stream); false if it had been sent before. */
    public boolean notify(Subject subject, Notice notice) {
        boolean fresh = inbox.addIfAbsent(new StoredNotice(notice.id(), notice.tenantId(), notice.subjectId(),
                notice.kind(), notice.titleZh(), notice.bodyZh(), notice.deadline(), notice.reference(),
                notice.createdAt()));
        if (!fresh) {
            return false;
        }
        if (delivery == Delivery.STREAM) {
            return true;
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

    /**
     * Sends an inbox notice through every other channel and lets the first failure through, so the stream consumer
     * can report the record for retry. A retry sends through every channel again: delivery is at least once.
     */
    public void deliver(Subject subject, Notice notice) {
        for (NotificationChannel c : channels) {
            c.send(subject, notice);
        }
    }

    public List<Notice> inbox(String tenantId, String subjectId) {
        return inbox.list(tenantId, subjectId).stream().map(Notice::of).toList();
    }
}
