package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;
import cn.yixin.store.DynamoNoticeRepository;
import cn.yixin.store.StoredNotice;
import cn.yixin.store.SubjectRepository;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
public class NoticeStreamHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

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
    public StreamsEventResponse execute(DynamodbEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (DynamodbEvent.DynamodbStreamRecord r : event.getRecords() == null
                ? List.<DynamodbEvent.DynamodbStreamRecord>of() : event.getRecords()) {
            String seq = r.getDynamodb() == null ? null : r.getDynamodb().getSequenceNumber();
            try {
                if (!"INSERT".equals(r.getEventName()) || r.getDynamodb().getNewImage() == null) {
                    continue;
                }
                Optional<StoredNotice> stored = DynamoNoticeRepository.fromImage(toSdk(r.getDynamodb().getNewImage()));
                if (stored.isEmpty()) {
                    continue;
                }
                StoredNotice n = stored.get();
                String partition = n.tenantId() + "/" + n.subjectId();
                if (held.contains(partition)) {
                    failures.add(new StreamsEventResponse.BatchItemFailure(seq));
                    continue;
                }
                try {
                    Optional<Subject> subject = subjects.find(n.tenantId(), n.subjectId());
                    if (subject.isEmpty()) {
                        // Subjects are never deleted; a notice without one cannot be sent by any retry.
                        LOG.error("Notice {} names subject {} of tenant {}, which does not exist; not sent", n.id(),
                                n.subjectId(), n.tenantId());
                        continue;
                    }
                    notifier.deliver(subject.get(), Notice.of(n));
                } catch (RuntimeException e) {
                    LOG.warn("Notice {} of subject {} (tenant {}) not delivered; reported for retry", n.id(),
                            n.subjectId(), n.tenantId(), e);
                    held.add(partition);
                    failures.add(new StreamsEventResponse.BatchItemFailure(seq));
                }
            } catch (RuntimeException unreadable) {
                // A record we cannot even read: report it rather than fail the batch (it ends in the DLQ).
                LOG.error("Stream record {} could not be read", seq, unreadable);
                failures.add(new StreamsEventResponse.BatchItemFailure(seq));
            }
        }
        return new StreamsEventResponse(failures);
    }

    /** The Lambda event model's attribute values as the SDK's (the store reads SDK items). */
    static Map<String, AttributeValue> toSdk(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        image.forEach((k, v) -> out.put(k, toSdk(v)));
        return out;
    }

    private static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
        AttributeValue.Builder b = AttributeValue.builder();
        if (v.getS() != null) {
            return b.s(v.getS()).build();
        }
        if (v.getN() != null) {
            return b.n(v.getN()).build();
        }
        if (v.getBOOL() != null) {
            return b.bool(v.getBOOL()).build();
        }
        if (v.getNULL() != null) {
            return b.nul(v.getNULL()).build();
        }
        if (v.getB() != null) {
            return b.b(SdkBytes.fromByteBuffer(v.getB())).build();
        }
        if (v.getM() != null) {
            return b.m(toSdk(v.getM())).build();
        }
        if (v.getL() != null) {
            return b.l(v.getL().stream().map(NoticeStreamHandler::toSdk).toList()).build();
        }
        if (v.getSS() != null) {
            return b.ss(v.getSS()).build();
        }
        if (v.getNS() != null) {
            return b.ns(v.getNS()).build();
        }
        if (v.getBS() != null) {
            return b.bs(v.getBS().stream().map(SdkBytes::fromByteBuffer).toList()).build();
        }
        return b.build();
    }
}
