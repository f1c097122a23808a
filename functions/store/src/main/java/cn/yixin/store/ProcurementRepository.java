package cn.yixin.store;

import cn.yixin.domain.procurement.ProcurementCase;

import java.util.List;
import java.util.Optional;

/** Procurement credit cases of a company, in the company's subject partition. */
public interface ProcurementRepository {

    List<ProcurementCase> cases(String tenantId, String subjectId);

    Optional<ProcurementCase> find(String tenantId, String subjectId, String caseId);

    /** A new case with its notice to the company and the idempotent answer, in one transaction. */
    void add(String tenantId, ProcurementCase c, StoredNotice notice, IdempotentResponse response);

    /** Clears a case: only if it is still ACTIVE ({@link ConcurrentUpdate} otherwise). */
    void clear(String tenantId, ProcurementCase after, StoredNotice notice, IdempotentResponse response);
}
