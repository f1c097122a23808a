package cn.yixin.api.notification;

import cn.yixin.api.lambda.PartitionOrderedStreamHandler;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.DynamoNoticeRepository;
import cn.yixin.store.StoredNotice;
import cn.yixin.store.SubjectRepository;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * The table-stream consumer that delivers notices through every channel besides the website inbox (SMS…)
 * when {@code yixin.notifications.delivery=stream} (the function environment; see {@link Notifier}).
 *
 * <p>Only INSERTs of an inbox notice ({@code sk = N#<id>}) are acted on; every other record of the stream (subjects,
 * archive entries, history, modifications, removals) is ignored. A notice that fails to go out is reported in
 * {@code batchItemFailures} with its sequence number and never fails the whole invocation; later notices of the same
 * subject in the batch are reported too, unsent, so a subject's notices go out in the order they were written.
 *
 * <p>Delivery is at least once: Lambda retries from the lowest reported sequence number, so a record after a failure
 * that did go out (another subject's) is sent again on the retry, as is a channel that succeeded before another
 * channel of the same notice failed. Exactly-once would need a per-channel delivery mark on the notice item
 * (a conditional update before sending), not built yet.
 */
public class NoticeStreamHandler extends PartitionOrderedStreamHandler<StoredNotice> {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeStreamHandler.class);

    /** Lambda's constructor: builds the function's own application context. */
    public NoticeStreamHandler() {
        super();
    }

    /** Runs inside an existing context (the tests' DynamoDB Local one). */
    public NoticeStreamHandler(ApplicationContext context) {
        super(context);
    }

    @Inject
    SubjectRepository subjects;

    @Inject
    Notifier notifier;

    @Override
    protected Optional<StoredNotice> read(Map<String, AttributeValue> newImage) {
        return DynamoNoticeRepository.fromImage(newImage);
    }

    @Override
    protected String partition(StoredNotice n) {
        return n.tenantId() + "/" + n.subjectId();
    }

    @Override
    protected void handle(StoredNotice n) {
        Optional<Subject> subject = subjects.find(n.tenantId(), n.subjectId());
        if (subject.isEmpty()) {
            // Subjects are never deleted; a notice without one cannot be sent by any retry.
            LOG.error("Notice {} names subject {} of tenant {}, which does not exist; not sent", n.id(),
                    n.subjectId(), n.tenantId());
            return;
        }
        notifier.deliver(subject.get(), Notice.of(n));
    }
}
