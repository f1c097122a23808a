package cn.yixin.api.attachment;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Evidence a subject or a clerk uploaded (objection materials, proof of rectification). The content hash is
 * recorded so a document can later be shown to be the one that was submitted (R-3.5 checkable).
 */
@Serdeable
public record Attachment(String attachmentId, String subjectId, String fileName, String contentType, long size,
                         String sha256, Instant uploadedAt, String uploadedBy) {
}
