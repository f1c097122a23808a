package cn.yixin.api.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A consumer of the table's stream that acts on new images of some items (INSERTs unless {@link #actsOn} says more)
 * and reports failures per record
 * ({@code ReportBatchItemFailures}): a record that fails is returned with its sequence number and never fails the
 * whole batch; later records of the same partition in the batch are returned too, untouched, so a subject's items
 * are handled in the order they were written. Lambda retries from the lowest returned sequence number, so handling
 * must be idempotent (it is at least once).
 *
 * @param <T> what the consumer reads from a new image
 */
public abstract class PartitionOrderedStreamHandler<T>
        extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionOrderedStreamHandler.class);

    protected PartitionOrderedStreamHandler() {
        super();
    }

    protected PartitionOrderedStreamHandler(ApplicationContext context) {
        super(context);
    }

    /** Which stream events this consumer reads (INSERT by default; MODIFY too for items that change state). */
    protected boolean actsOn(String eventName) {
        return "INSERT".equals(eventName);
    }

    /** The item this consumer acts on, read from a new image; empty for every other item. */
    protected abstract Optional<T> read(Map<String, AttributeValue> newImage);

    /** The partition whose order must be kept (the subject's). */
    protected abstract String partition(T item);

    /** Acts on one item; throws to have it retried. */
    protected abstract void handle(T item);

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        Set<String> held = new HashSet<>();
        for (DynamodbEvent.DynamodbStreamRecord r : event.getRecords() == null
                ? List.<DynamodbEvent.DynamodbStreamRecord>of() : event.getRecords()) {
            String seq = r.getDynamodb() == null ? null : r.getDynamodb().getSequenceNumber();
            try {
                if (!actsOn(r.getEventName()) || r.getDynamodb().getNewImage() == null) {
                    continue;
                }
                Optional<T> read = read(StreamImages.toSdk(r.getDynamodb().getNewImage()));
                if (read.isEmpty()) {
                    continue;
                }
                String partition = partition(read.get());
                if (held.contains(partition)) {
                    failures.add(new StreamsEventResponse.BatchItemFailure(seq));
                    continue;
                }
                try {
                    handle(read.get());
                } catch (RuntimeException e) {
                    LOG.warn("Stream record {} of {} failed; reported for retry", seq, partition, e);
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
}
