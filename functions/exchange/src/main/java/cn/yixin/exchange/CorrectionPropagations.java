package cn.yixin.exchange;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.exchange.CorrectionDeadline;
import cn.yixin.domain.exchange.CorrectionDeadline.State;
import cn.yixin.store.OutboxItem;
import cn.yixin.store.OutboxRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each correction's propagation stands (R-3.6, 004 §31: within 3 working days; for repairs): every
 * withdrawing event (revocation, delisting) of a tenant, wherever it is — still in the outbox, in the exchange
 * database, or dead-lettered — with its due day and state; {@link #overdue} is the bureau's list of what is late and
 * not yet in the exchange database. Read-only; the outbox is read by key (the tenant's partition), the exchange
 * database by the {@code outbound_item_due} index:
 * <pre>
 *   SELECT * FROM outbound_item WHERE tenant_id = ? AND due_on IS NOT NULL ORDER BY due_on, event_id;
 *   SELECT * FROM outbound_dead_letter WHERE tenant_id = ?;   -- those with due_on set are corrections given up on
 * </pre>
 */
public final class CorrectionPropagations {

    /** One propagation: the withdrawing event, the correction's record, its due day and where it is. */
    public record Propagation(String eventId, String itemType, String subjectId, String recordId, String revokesEventId,
                              LocalDate correctedOn, LocalDate dueOn, LocalDate sharedOn, State state) {
    }

    private final OutboxRepository outbox;
    private final OutboundItemRepository rows;
    private final DeadLetterRepository deadLetters;
    private final OutboundRows dueDays;

    public CorrectionPropagations(OutboxRepository outbox, OutboundItemRepository rows, DeadLetterRepository deadLetters,
                                  OutboundRows dueDays) {
        this.outbox = outbox;
        this.rows = rows;
        this.deadLetters = deadLetters;
        this.dueDays = dueDays;
    }

    public List<Propagation> of(String tenant, LocalDate today) {
        List<Propagation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OutboundItem r : rows.withDueDay(tenant)) {
            seen.add(r.eventId());
            out.add(new Propagation(r.eventId(), r.itemType(), r.subjectId(), r.recordId(), r.revokesEventId(),
                    day(r.occurredAt()), r.dueOn(), day(r.sharedAt()),
                    CorrectionDeadline.state(r.dueOn(), day(r.sharedAt()), false, today)));
        }
        for (DeadLetter d : deadLetters.findByTenantId(tenant)) {
            if (d.dueOn() == null || !seen.add(d.eventId())) {
                continue;
            }
            out.add(new Propagation(d.eventId(), d.itemType(), d.subjectId(), d.recordId(), null, null, d.dueOn(),
                    null, CorrectionDeadline.state(d.dueOn(), null, true, today)));
        }
        for (OutboxItem i : outbox.pending(tenant, 1000)) {
            if (!i.event().type().withdraws() || !seen.add(i.event().eventId())) {
                continue;
            }
            CreditRecord rec = i.event().record();
            LocalDate due = dueDays.dueOn(tenant, i.event());
            out.add(new Propagation(i.event().eventId(), i.event().type().name(), i.subjectId(), rec.id(),
                    i.event().revokesEventId(), rec.recordedAt() == null ? null : rec.recordedDay(), due, null,
                    CorrectionDeadline.state(due, null, false, today)));
        }
        out.sort(Comparator.comparing(Propagation::dueOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Propagation::eventId));
        return out;
    }

    /** The bureau's list: past due and not in the exchange database (in the outbox or dead-lettered). */
    public List<Propagation> overdue(String tenant, LocalDate today) {
        return of(tenant, today).stream().filter(p -> p.state() == State.OVERDUE).toList();
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, CreditRecord.CHINA);
    }
}
