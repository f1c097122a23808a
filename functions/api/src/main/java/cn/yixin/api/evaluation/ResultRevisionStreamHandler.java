package cn.yixin.api.evaluation;

import cn.yixin.api.lambda.PartitionOrderedStreamHandler;
import cn.yixin.store.DynamoCreditArchiveRepository;
import cn.yixin.store.TenantArchiveEntry;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * The table-stream consumer that makes result revisions after corrections and repairs certain.
 *
 * <p>A correction or an executed repair is two writes: the archive transaction, then the revision of the subject's
 * cycle result ({@link ResultRevision}). The request does both, so the subject is normally told at once; but a
 * failure between them (a timeout, a throttled write, the function killed) would leave the archive changed and the
 * published result as it was, with nothing to notice it. Every archive entry reaches this consumer through the
 * table's stream, which retries a failed record (partial batch failure reporting) and ends in the dead-letter queue
 * after its retries, so the revision happens at least once. Doing it twice is harmless: the second re-evaluation
 * finds the outcome unchanged and writes nothing.
 *
 * <p>Only INSERTs of archive entries that supersede another ({@code sk = R#…}, a correction or a repair) lead to any
 * read; everything else in the stream is ignored without a call.
 */
public class ResultRevisionStreamHandler extends PartitionOrderedStreamHandler<TenantArchiveEntry> {

    /** Lambda's constructor: builds the function's own application context. */
    public ResultRevisionStreamHandler() {
        super();
    }

    /** Runs inside an existing context (the tests' DynamoDB Local one). */
    public ResultRevisionStreamHandler(ApplicationContext context) {
        super(context);
    }

    @Inject
    ResultRevision revisions;

    @Override
    protected Optional<TenantArchiveEntry> read(Map<String, AttributeValue> newImage) {
        return DynamoCreditArchiveRepository.fromImage(newImage)
                .filter(e -> e.entry().record().supersedes() != null);
    }

    @Override
    protected String partition(TenantArchiveEntry e) {
        return e.tenantId() + "/" + e.entry().record().subjectId();
    }

    @Override
    protected void handle(TenantArchiveEntry e) {
        revisions.afterEntry(e.tenantId(), e.entry().record());
    }
}
