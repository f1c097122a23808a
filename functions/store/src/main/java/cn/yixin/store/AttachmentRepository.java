package cn.yixin.store;

import java.util.Optional;

public interface AttachmentRepository {

    void add(AttachmentRecord attachment);

    Optional<AttachmentRecord> find(String tenantId, String attachmentId);
}
