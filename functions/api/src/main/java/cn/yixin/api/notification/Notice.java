package cn.yixin.api.notification;

import cn.yixin.api.idempotency.Idempotency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A written notice to a credit subject: a proposed result with its objection deadline, a decision, a change of
 * result with its reason and basis. Its id is derived from the event it reports, so the same event never
 * produces two notices.
 *
 * @param kind      what it is about, e.g. {@code PROPOSED_RESULT}, {@code OBJECTION_DECIDED}
 * @param deadline  the day by which the subject may act (object, supplement), if any
 * @param reference the case, result or record the notice is about
 */
@Serdeable
public record Notice(String id, String tenantId, String subjectId, String kind, String titleZh, String bodyZh,
                     @Nullable LocalDate deadline, @Nullable String reference, Instant createdAt) {

    /** A stable id from the parts that identify the event, e.g. ("PROPOSED_RESULT", cycleId, subjectId). */
    public static String idFor(String... parts) {
        return "N" + Idempotency.hash(String.join("\n", parts)).substring(0, 24);
    }

    /** The notice as its inbox entry keeps it. */
    public static Notice of(cn.yixin.store.StoredNotice n) {
        return new Notice(n.id(), n.tenantId(), n.subjectId(), n.kind(), n.titleZh(), n.bodyZh(), n.deadline(),
                n.reference(), n.createdAt());
    }
}
