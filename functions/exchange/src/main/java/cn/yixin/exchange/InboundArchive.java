package cn.yixin.exchange;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.Severity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The importer's port into the archive: the archive's own write paths, not a copy of them. The
 * adapter ({@link ApiInboundArchive}) calls the same {@code CreditArchive} writes the API uses, so an external record
 * or repair is hash-chained, graded, warned on and shared (outbox) exactly like any other entry. A refusal is thrown
 * as {@code InboundRules.Rejected} or the archive's {@code DomainException}; nothing is written then.
 */
public interface InboundArchive {

    /** The tenant's subject registered with this (normalized) identifier. */
    Optional<String> subjectIdOf(String tenantId, String normalizedIdentifier);

    /** Writes an external record; {@code already} when the same source reference was recorded before. */
    Written record(String tenantId, String subjectId, ExternalRecord record);

    /**
     * Repairs a dishonesty record by an external decision (信用中国, R-11.2): the repaired copy supersedes it as an
     * executed repair does. {@code entryKey} makes it idempotent: the same decision writes one entry.
     */
    Written repair(String tenantId, String subjectId, String recordId, String entryKey, RepairDecision decision);

    /** What was written: the archive record's id, or the one found already there. */
    record Written(String recordId, boolean already) {
    }

    record ExternalRecord(InfoCategory category, Severity severity, String summary, BasisDocument basis,
                          LocalDate effectiveFrom, LocalDate effectiveTo, RecordSource source, String sourceRef) {
    }

    /** @param number the decision's number; @param date the day it was taken */
    record RepairDecision(String number, LocalDate date, String platform) {
    }
}
