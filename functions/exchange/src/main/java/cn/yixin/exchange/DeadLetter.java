package cn.yixin.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code outbound_dead_letter}: an event that failed on itself N times, with its reason. */
@MappedEntity("outbound_dead_letter")
public record DeadLetter(@Id String eventId, String tenantId, String subjectId, long subjectSeq, String itemType,
                         int attempts, String reason, Instant failedAt,
                         @Nullable java.time.LocalDate dueOn, @Nullable String recordId) {
}
