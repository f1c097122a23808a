package cn.yixin.store;

import java.time.Instant;

/** Attachment metadata; the bytes are in a blob store under {@code storageKey}. */
public record AttachmentRecord(String tenantId, String attachmentId, String subjectId, String fileName,
                               String contentType, long size, String sha256, String storageKey, Instant uploadedAt,
                               String uploadedBy) {
}
