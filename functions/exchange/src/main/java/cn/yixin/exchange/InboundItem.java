package cn.yixin.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code inbound_item}: what a platform sends the bureau, answered in place by the importer:
 * {@code ACCEPTED} with the archive record and subject it became, or {@code REJECTED} with a code and a reason.
 */
@MappedEntity("inbound_item")
public record InboundItem(
        @Id String eventId,
        String tenantId,
        String sourcePlatform,
        String itemType,
        String identifierType,
        String subjectIdentifier,
        @Nullable String category,
        @Nullable String severity,
        @Nullable String content,
        @Nullable String basisKind,
        @Nullable String basisNumber,
        @Nullable LocalDate basisDate,
        @Nullable String basisIssuer,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String repairsEventId,
        Instant receivedAt,
        String status,
        @Nullable String rejectCode,
        @Nullable String rejectReason,
        @Nullable String recordId,
        @Nullable String subjectId,
        @Nullable Instant processedAt) {

    public static final String NEW = "NEW";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    /** A new row as a platform writes it (tests, the local run's sample). */
    public static InboundItem received(String eventId, String tenantId, String sourcePlatform, String itemType,
                                       String identifierType, String subjectIdentifier, String category,
                                       String severity, String content, String basisNumber, LocalDate basisDate,
                                       String basisIssuer, LocalDate effectiveFrom, String repairsEventId,
                                       Instant receivedAt) {
        return new InboundItem(eventId, tenantId, sourcePlatform, itemType, identifierType, subjectIdentifier, category,
                severity, content, null, basisNumber, basisDate, basisIssuer, effectiveFrom, null, repairsEventId,
                receivedAt, NEW, null, null, null, null, null);
    }

    /** Never the identifier: rows are logged and reported by event id. */
    @Override
    public String toString() {
        return "InboundItem[" + eventId + ", " + tenantId + ", " + itemType + ", " + status + "]";
    }
}
