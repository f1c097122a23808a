package cn.yixin.exchange;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.exchange.SharedEvent;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.OutboxItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BinaryOperator;

/**
 * Builds the row the platform reads from an outbox event and its subject. The subject identifier is shared as the
 * platform requires it: an institution's unified social credit code in clear (it is public, GB 32100); for an
 * individual only the masked identifier and masked name (R-2.2; no resident ID number leaves in clear).
 */
public final class OutboundRows {

    private final BinaryOperator<String> unseal;
    private final DueDays dueDays;

    /** The day a withdrawing event recorded on {@code day} is due: the tenant's calendar decides. */
    @FunctionalInterface
    public interface DueDays {
        LocalDate dueOn(String tenantId, LocalDate correctedOn);
    }

    /** @param unseal (tenant, sealed) → clear; the identifier protector's, read only for institutions */
    public OutboundRows(BinaryOperator<String> unseal) {
        this(unseal, (tenant, day) -> null);
    }

    public OutboundRows(BinaryOperator<String> unseal, DueDays dueDays) {
        this.unseal = unseal;
        this.dueDays = dueDays;
    }

    /** The due day of a withdrawing event, null for a publication (nothing to propagate by a deadline). */
    public LocalDate dueOn(String tenantId, SharedEvent ev) {
        if (!ev.type().withdraws()) {
            return null;
        }
        LocalDate corrected = ev.record().recordedAt() == null ? null : ev.record().recordedDay();
        return corrected == null ? null : dueDays.dueOn(tenantId, corrected);
    }

    public OutboundItem row(OutboxItem item, Subject subject, Instant now) {
        SharedEvent ev = item.event();
        CreditRecord r = ev.record();
        boolean institution = subject.kind().isInstitution();
        if (subject.identifier() == null) {
            throw new IllegalStateException("subject has no identifier");
        }
        String identifier = institution ? unseal.apply(item.tenantId(), subject.identifier().sealed())
                : subject.identifier().masked();
        if (ev.result() != null) {
            return resultRow(item, subject, identifier, institution, now);
        }
        boolean revocation = ev.type().withdraws();
        return new OutboundItem(ev.eventId(), item.tenantId(), item.subjectId(), ev.sequence(), ev.type().name(),
                subject.kind().name(), institution ? "USCC" : "MASKED", identifier, subject.displayName(), r.id(),
                ev.revokesEventId(), ev.reason(), r.category().name(), r.severity() == null ? null : r.severity().name(),
                r.summary(),
                r.basis() == null ? null : r.basis().kind().name(), r.basis() == null ? null : r.basis().number(),
                r.basis() == null ? null : r.basis().date(), r.basis() == null ? null : r.basis().issuer(),
                r.effectiveFrom(), r.effectiveTo(), r.recordedAt() == null ? now : r.recordedAt(), now,
                revocation ? "REVOCATION" : "PUBLISHED", null, dueOn(item.tenantId(), ev));
    }

    /**
     * A published evaluation result version (issue 14, R-5.7): {@code record_id} is {@code <year>-v<version>},
     * {@code category} {@code EVALUATION_RESULT}, {@code severity} the grade, the content the grade, its name and
     * score (or the exclusion), {@code subject_seq} the version, {@code occurred_at} the publication.
     */
    private OutboundItem resultRow(OutboxItem item, Subject subject, String identifier, boolean institution,
                                   Instant now) {
        SharedEvent ev = item.event();
        cn.yixin.domain.evaluation.CycleResult r = ev.result();
        String content = r.year() + "年度信用评价结果："
                + (r.exclusion() != null ? "不予评价（" + r.exclusion().name() + "）"
                : r.grade() + (r.gradeName() == null ? "" : "（" + r.gradeName() + "）")
                + (r.score() == null ? "" : "，得分 " + r.score()))
                + (r.version() > 1 ? "；第 " + r.version() + " 版（修订）" : "");
        return new OutboundItem(ev.eventId(), item.tenantId(), item.subjectId(), r.version(), ev.type().name(),
                subject.kind().name(), institution ? "USCC" : "MASKED", identifier, subject.displayName(), ev.itemId(),
                null, null, "EVALUATION_RESULT", r.grade(), content, null, null, null, null, null, null,
                r.publishedAt() == null ? now : r.publishedAt(), now, "PUBLISHED", null, null);
    }
}
