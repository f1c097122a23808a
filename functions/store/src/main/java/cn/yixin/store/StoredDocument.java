package cn.yixin.store;

import java.time.Instant;
import java.util.List;

/** A written document as kept in the subject's partition. */
public record StoredDocument(String documentId, String tenantId, String subjectId, String kind, String titleZh,
                             String number, List<String> paragraphs, String issuer, String reference,
                             Instant issuedAt) {
}
