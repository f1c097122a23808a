package cn.yixin.exchange;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The outbound rows; PostgreSQL dialect (H2 runs in its PostgreSQL mode with the same migrations). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboundItemRepository extends CrudRepository<OutboundItem, String> {

    /** A publication revoked by a later item; idempotent (the same revocation sets the same values). */
    @Query("UPDATE outbound_item SET status = 'REVOKED', revoked_by = :revokedBy WHERE event_id = :eventId")
    long markRevoked(String eventId, String revokedBy);

    List<OutboundItem> findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(String tenantId, String subjectId);

    List<OutboundItem> findByTenantIdOrderBySharedAtAsc(String tenantId);

    /** The withdrawing events with a due day, by due day: what {@code CorrectionPropagations} shows. */
    @Query("SELECT * FROM outbound_item WHERE tenant_id = :tenantId AND due_on IS NOT NULL ORDER BY due_on, event_id")
    List<OutboundItem> withDueDay(String tenantId);
}
