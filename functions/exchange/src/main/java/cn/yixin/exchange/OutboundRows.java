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
}
