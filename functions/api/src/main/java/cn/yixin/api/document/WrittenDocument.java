package cn.yixin.api.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A written document issued to or received from a subject (R-9.3 forms: objection application, decision notice,
 * repair application, result feedback, refusal notice, repair confirmation). Issued once, never edited: a
 * changed decision is a new document. Its id is derived from the event, so a retry issues nothing twice.
 *
 * @param kind       e.g. {@code OBJECTION_APPLICATION}, {@code OBJECTION_DECISION}, {@code REPAIR_REFUSAL}
 * @param number     the bureau's document number (文号), if it has one
 * @param paragraphs the body, paragraph by paragraph, in Chinese
 * @param reference  the case the document belongs to
 */
@Serdeable
public record WrittenDocument(String documentId, String tenantId, String subjectId, String kind, String titleZh,
                              @Nullable String number, List<String> paragraphs, String issuer,
                              @Nullable String reference, Instant issuedAt) {
}
