package cn.yixin.exchange;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Severity;
import cn.yixin.domain.exchange.InboundRules;
import cn.yixin.domain.exchange.InboundRules.ItemType;
import cn.yixin.domain.exchange.InboundRules.Rejected;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scheduled importer of inbound rows (R-3.4, 004 §10; for repair decisions through 信用中国): reads each
 * tenant's {@code NEW} rows oldest first, writes each into the archive as an external record with its source and basis
 * (or applies a repair decision as the repair of the record it names), and answers every row in place: {@code
 * ACCEPTED} with the record and subject, or {@code REJECTED} with a code and its reason in Chinese and English.
 * <p>
 * Idempotent by event id: an answered row is never read again; a row whose archive write went through but whose
 * answer was lost (a crash, the exchange database gone) is written again under the same deterministic record id,
 * which the archive refuses as already recorded, and only the answer is written. A refused row writes nothing (every
 * check runs before the archive's single transaction). The same document sent again under a new event id is
 * {@code DUPLICATE_EVENT}.
 * <p>
 * Faults: the exchange database unreachable stops the run and answers nothing (rows stay {@code NEW}); the archive's
 * store failing on a row leaves that row {@code NEW} and stops the tenant's run (its next run retries it).
 */
public final class InboundImporter {

    public record Report(int accepted, int rejected, int failed, boolean unavailable) {
        Report plus(Report o) {
            return new Report(accepted + o.accepted, rejected + o.rejected, failed + o.failed,
                    unavailable || o.unavailable);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InboundImporter.class);

    private final InboundItemRepository inbound;
    private final OutboundItemRepository outbound;
    private final InboundArchive archive;
    private final Supplier<List<String>> tenants;
    private final Clock clock;
    private final int batchSize;

    public InboundImporter(InboundItemRepository inbound, OutboundItemRepository outbound, InboundArchive archive,
                           Supplier<List<String>> tenants, Clock clock, int batchSize) {
        this.inbound = inbound;
        this.outbound = outbound;
        this.archive = archive;
        this.tenants = tenants;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    public Report runOnce() {
        Report total = new Report(0, 0, 0, false);
        for (String tenant : tenants.get()) {
            total = total.plus(runTenant(tenant));
            if (total.unavailable()) {
                return total;
            }
        }
        return total;
    }

    public Report runTenant(String tenant) {
        int accepted = 0, rejected = 0;
        List<InboundItem> rows;
        try {
            rows = inbound.nextNew(tenant, batchSize);
        } catch (RuntimeException e) {
            return new Report(0, 0, 0, true);
        }
        for (InboundItem row : rows) {
            Answer answer;
            try {
                answer = process(tenant, row);
            } catch (Rejected r) {
                answer = Answer.rejected(r.code(), r.reason());
            } catch (DomainException refused) {
                answer = Answer.rejected(refused.code(), refused.messageZh() + " / " + refused.messageEn());
            } catch (RuntimeException failed) {
                if (OutboxPoller.isOutage(failed)) {
                    return new Report(accepted, rejected, 0, true);
                }
                // Not the row's fault (the archive's store failed): it stays NEW for the next run. Logged by event id.
                LOG.error("Inbound row {} of tenant {} failed in the store; the tenant's run stops here",
                        row.eventId(), tenant, failed);
                return new Report(accepted, rejected, 1, false);
            }
            try {
                inbound.answer(row.eventId(), answer.status, answer.code, truncate(answer.reason), answer.recordId,
                        answer.subjectId, clock.instant());
            } catch (RuntimeException e) {
                // The answer is lost with the database: the row stays NEW; its archive write is found next time.
                return new Report(accepted, rejected, 0, true);
            }
            if (answer.status.equals(InboundItem.ACCEPTED)) {
                accepted++;
            } else {
                rejected++;
            }
        }
        return new Report(accepted, rejected, 0, false);
    }

    private record Answer(String status, String code, String reason, String recordId, String subjectId) {
        static Answer rejected(String code, String reason) {
            return new Answer(InboundItem.REJECTED, code, reason, null, null);
        }
    }

    private Answer process(String tenant, InboundItem row) {
        ItemType type = InboundRules.itemType(row.itemType());
        String identifier = InboundRules.identifier(InboundRules.identifierType(row.identifierType()),
                row.subjectIdentifier());
        String subjectId = archive.subjectIdOf(tenant, identifier).orElseThrow(InboundRules::unknownSubject);
        if (type.isRepair()) {
            String recordId = repairTarget(tenant, subjectId, row.repairsEventId())
                    .orElseThrow(InboundRules::repairTargetUnknown);
            InboundArchive.Written w = archive.repair(tenant, subjectId, recordId, row.eventId(),
                    new InboundArchive.RepairDecision(row.basisNumber(), row.basisDate(), row.sourcePlatform()));
            return new Answer(InboundItem.ACCEPTED, null, null, w.recordId(), subjectId);
        }
        InfoCategory category = InboundRules.category(type, row.category());
        String summary = summary(row);
        Severity severity = severity(row.severity());
        // The record id follows from the document (type, number) and the subject, not the event id: the same
        // judgment sent again under another event id is found, not recorded twice.
        String sourceRef = type.name() + ":" + (row.basisNumber() == null ? row.eventId() : row.basisNumber().trim())
                + ":" + subjectId;
        InboundArchive.Written w = archive.record(tenant, subjectId, new InboundArchive.ExternalRecord(category,
                severity, summary, new BasisDocument(type.basisKind(), row.basisNumber(), row.basisDate(),
                row.basisIssuer()), row.effectiveFrom() != null ? row.effectiveFrom() : row.basisDate(),
                row.effectiveTo(), type.source(), sourceRef));
        if (w.already()) {
            Optional<InboundItem> first = inbound.acceptedFor(tenant, w.recordId());
            if (first.isPresent() && !first.get().eventId().equals(row.eventId())) {
                throw InboundRules.duplicate(first.get().eventId());
            }
        }
        return new Answer(InboundItem.ACCEPTED, null, null, w.recordId(), subjectId);
    }

    /** What a repair decision names: a publication this tenant shared, or a record it took in, of the same subject. */
    private Optional<String> repairTarget(String tenant, String subjectId, String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return Optional.empty();
        }
        Optional<String> shared = outbound.findById(eventId.trim())
                .filter(o -> o.tenantId().equals(tenant) && o.subjectId().equals(subjectId) && !o.itemType().equals("REVOCATION")
                        && !o.itemType().equals("DISHONESTY_DELISTED"))
                .map(OutboundItem::recordId);
        if (shared.isPresent()) {
            return shared;
        }
        return inbound.findById(eventId.trim())
                .filter(i -> i.tenantId().equals(tenant) && InboundItem.ACCEPTED.equals(i.status())
                        && subjectId.equals(i.subjectId()) && !"REPAIR_DECISION".equals(i.itemType()))
                .map(InboundItem::recordId);
    }

    /** the record says where it came from: the platform's name leads the summary. */
    private static String summary(InboundItem row) {
        if (row.content() == null || row.content().isBlank()) {
            throw InboundRules.contentRequired();
        }
        String s = "【" + row.sourcePlatform().trim() + "】" + row.content().trim();
        if (s.length() > 500) {
            throw InboundRules.contentRequired();
        }
        return s;
    }

    private static Severity severity(String raw) {
        if (raw == null || raw.isBlank()) {
            return null; // the archive's rule answers SEVERITY_REQUIRED for a negative record
        }
        try {
            return Severity.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new Rejected("UNKNOWN_SEVERITY", "severity 须为 MINOR、GENERAL 或 SERIOUS。",
                    "severity must be MINOR, GENERAL or SERIOUS.");
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 400);
    }
}
