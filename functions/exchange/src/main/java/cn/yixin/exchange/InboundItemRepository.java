package cn.yixin.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The inbound rows; PostgreSQL dialect, the same SQL on H2's PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboundItemRepository extends CrudRepository<InboundItem, String> {

    /** The next new rows of a tenant, oldest first (a platform's order of sending). */
    @Query(value = "SELECT * FROM inbound_item WHERE tenant_id = :tenantId AND status = 'NEW' "
            + "ORDER BY received_at, event_id LIMIT :limit")
    List<InboundItem> nextNew(String tenantId, int limit);

    /**
     * Answers a row once: only a row still {@code NEW} changes (a second importer racing for it changes nothing,
     * and learns so from the count).
     */
    @Query("UPDATE inbound_item SET status = :status, reject_code = :rejectCode, reject_reason = :rejectReason, "
            + "record_id = :recordId, subject_id = :subjectId, processed_at = :processedAt "
            + "WHERE event_id = :eventId AND status = 'NEW'")
    long answer(String eventId, String status, @Nullable String rejectCode, @Nullable String rejectReason,
                @Nullable String recordId, @Nullable String subjectId, Instant processedAt);

    /** The accepted row that made a record (a re-sent judgment under a new event id finds the first one). */
    @Query(value = "SELECT * FROM inbound_item WHERE tenant_id = :tenantId AND record_id = :recordId "
            + "AND status = 'ACCEPTED' ORDER BY processed_at LIMIT 1")
    Optional<InboundItem> acceptedFor(String tenantId, String recordId);

    List<InboundItem> findByTenantIdAndStatus(String tenantId, String status);
}
