package cn.yixin.exchange;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code outbound_item}: one shared event as the platform reads it (issue 14; ). */
@MappedEntity("outbound_item")
public record OutboundItem(
        @Id String eventId,
        String tenantId,
        String subjectId,
        long subjectSeq,
        String itemType,
        String subjectKind,
        String identifierType,
        String subjectIdentifier,
        @Nullable String subjectName,
        String recordId,
        @Nullable String revokesEventId,
        @Nullable String revocationReason,
        String category,
        @Nullable String severity,
        String content,
        @Nullable String basisKind,
        @Nullable String basisNumber,
        @Nullable LocalDate basisDate,
        @Nullable String basisIssuer,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        Instant occurredAt,
        Instant sharedAt,
        String status,
        @Nullable String revokedBy,
        // the day a withdrawing event is due here (3 working days of the tenant's calendar)
        @Nullable LocalDate dueOn) {
}
