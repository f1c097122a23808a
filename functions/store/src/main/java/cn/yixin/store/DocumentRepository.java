package cn.yixin.store;

import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

    /** Stores the document unless its id is there already; false then, and nothing is written. */
    boolean addIfAbsent(StoredDocument document);

    Optional<StoredDocument> find(String tenantId, String subjectId, String documentId);

    /** Oldest first. */
    List<StoredDocument> list(String tenantId, String subjectId);
}
