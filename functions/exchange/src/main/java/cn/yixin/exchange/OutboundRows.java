package cn.yixin.exchange;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.exchange.SharedEvent;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.OutboxItem;

import java.time.Instant;
import java.util.function.BinaryOperator;

/**
 * Builds the row the platform reads from an outbox event and its subject. The subject identifier is shared as the
 * platform requires it: an institution's unified social credit code in clear (it is public, GB 32100); for an
 * individual only the masked identifier and masked name (R-2.2; no resident ID number leaves in clear).
 */
public final class OutboundRows {

    private final BinaryOperator<String> unseal;

    /** @param unseal (tenant, sealed) → clear; the identifier protector's, read only for institutions */
    public OutboundRows(BinaryOperator<String> unseal) {
        this.unseal = unseal;
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
        boolean revocation = ev.type() == SharedEvent.Type.REVOCATION;
        return new OutboundItem(ev.eventId(), item.tenantId(), item.subjectId(), ev.sequence(), ev.type().name(),
                subject.kind().name(), institution ? "USCC" : "MASKED", identifier, subject.displayName(), r.id(),
                ev.revokesEventId(), ev.reason(), r.category().name(), r.severity() == null ? null : r.severity().name(),
                r.summary(),
                r.basis() == null ? null : r.basis().kind().name(), r.basis() == null ? null : r.basis().number(),
                r.basis() == null ? null : r.basis().date(), r.basis() == null ? null : r.basis().issuer(),
                r.effectiveFrom(), r.effectiveTo(), r.recordedAt() == null ? now : r.recordedAt(), now,
                revocation ? "REVOCATION" : "PUBLISHED", null);
    }
}
