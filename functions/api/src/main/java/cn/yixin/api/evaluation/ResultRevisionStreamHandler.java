package cn.yixin.api.evaluation;

import cn.yixin.api.lambda.PartitionOrderedStreamHandler;
import cn.yixin.api.objection.ResultDisputes;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionStatus;
import cn.yixin.store.DynamoCreditArchiveRepository;
import cn.yixin.store.DynamoObjectionRepository;
import cn.yixin.store.ObjectionRepository;
import cn.yixin.store.TenantArchiveEntry;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * The table-stream consumer that makes a cycle result follow the writes that change it, when the request that made
 * those writes failed half-way.
 *
 * <p>Two changes reach a result in a second write after their own transaction: a correction or an executed repair
 * (the archive entry, then {@link ResultRevision}), and an objection decision (the decided case, then the release of
 * the result's mark and, when corrected, a new version: {@link ResultDisputes#clearObjection}). The request does both,
 * so the subject is normally told at once; a failure between them (a timeout, a throttled write, the function killed)
 * would leave the archive changed and the published result as it was, or a decided objection whose result stays held
 * forever. Every such item reaches this consumer through the table's stream, which retries a failed record (partial
 * batch failure reporting) and ends in the dead-letter queue after its retries, so the follow-up happens at least once.
 * Twice is harmless: a re-evaluation with an unchanged outcome writes nothing, and a released mark is not released
 * again.
 *
 * <p>Acted on: INSERTs of archive entries that supersede another ({@code sk = R#…}), and INSERTs and MODIFYs of
 * objection cases to a result that now stand decided ({@code sk = OBJ#…}). Everything else in the stream is ignored
 * without a call.
 */
public class ResultRevisionStreamHandler extends PartitionOrderedStreamHandler<ResultRevisionStreamHandler.FollowUp> {

    private static final Logger LOG = LoggerFactory.getLogger(ResultRevisionStreamHandler.class);

    /** What a stream record asks of the result. */
    public sealed interface FollowUp {
        String tenantId();

        String subjectId();
    }

    /** A correction or a repair entry: revise the latest result if it moves. */
    public record ArchiveChange(String tenantId, String subjectId, TenantArchiveEntry entry) implements FollowUp {
    }

    /** A decided objection to a result: release the mark (and revise, when corrected). */
    public record DecidedObjection(String tenantId, String subjectId, ObjectionCase decided) implements FollowUp {
    }

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

    @Inject
    ResultDisputes disputes;

    @Inject
    ObjectionRepository objections;

    @Override
    protected boolean actsOn(String eventName) {
        // A case is decided by updating it in place.
        return "INSERT".equals(eventName) || "MODIFY".equals(eventName);
    }

    @Override
    protected Optional<FollowUp> read(Map<String, AttributeValue> newImage) {
        Optional<TenantArchiveEntry> entry = DynamoCreditArchiveRepository.fromImage(newImage)
                .filter(e -> e.entry().record().supersedes() != null);
        if (entry.isPresent()) {
            TenantArchiveEntry e = entry.get();
            return Optional.of(new ArchiveChange(e.tenantId(), e.entry().record().subjectId(), e));
        }
        return DynamoObjectionRepository.fromImage(newImage)
                .filter(c -> c.target() == DisputeTarget.RESULT && decided(c.status()))
                .map(c -> new DecidedObjection(c.tenantId(), c.subjectId(), c));
    }

    @Override
    protected String partition(FollowUp f) {
        return f.tenantId() + "/" + f.subjectId();
    }

    @Override
    protected void handle(FollowUp f) {
        if (f instanceof ArchiveChange a) {
            revisions.afterEntry(a.tenantId(), a.entry().entry().record());
        } else if (f instanceof DecidedObjection d) {
            release(d.decided());
        }
    }

    /**
     * The case as it stands now decides, not the image: a case decided and then escalated for review carries the mark
     * again, and an old DECIDED image must not release it.
     */
    private void release(ObjectionCase image) {
        ObjectionCase now = objections.find(image.tenantId(), image.subjectId(), image.caseId()).orElse(null);
        if (now == null || !decided(now.status())) {
            LOG.debug("Objection {} is no longer decided ({}); its result keeps the mark", image.caseId(),
                    now == null ? "missing" : now.status());
            return;
        }
        boolean reviewed = now.status() == ObjectionStatus.REVIEWED && now.review() != null;
        disputes.clearObjection(now.tenantId(), now.subjectId(), now.targetId(), now.caseId(),
                reviewed ? now.review().outcome() : now.outcome(), reviewed ? now.review().reasons() : now.reasons());
    }

    private static boolean decided(ObjectionStatus s) {
        return s == ObjectionStatus.DECIDED || s == ObjectionStatus.REVIEWED;
    }
}
