package cn.yixin.store;

import cn.yixin.domain.supervision.SupervisionItemList;

import java.util.List;

/** Versions of a tenant's supervision item list, oldest first. */
public interface SupervisionRepository {

    List<SupervisionItemList> versions(String tenantId);

    /** Puts a new version; {@link ConcurrentUpdate} if that version number is taken (another publication won). */
    void publish(String tenantId, SupervisionItemList list, IdempotentResponse response);

    /** Records the report of a version once; {@link ConcurrentUpdate} if it was already reported. */
    void markReported(String tenantId, SupervisionItemList after, IdempotentResponse response);
}
