package cn.yixin.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit report as issued (000 §4(3), issue 17): its verification code, the SHA-256 of the PDF handed out and the
 * facts it states that a public verifier may hear. Nothing personal: the subject's name is stored masked only.
 *
 * @param keptPdf the PDF itself, kept only when it was issued under an Idempotency-Key, so a retry answers the very
 *                same bytes; null otherwise (and for a PDF too large for one item)
 */
public record IssuedReport(String code, String tenantId, String subjectId, String sha256, String bureau,
                           String subjectName, String subjectKind, String grade, String gradeName, Integer score,
                           int configVersion, LocalDate asOf, Instant issuedAt, byte[] keptPdf) {
}
