package cn.yixin.store;

import java.time.Instant;
import java.time.LocalDate;

/** A notice as kept in the subject's website inbox. */
public record StoredNotice(String id, String tenantId, String subjectId, String kind, String titleZh, String bodyZh,
                           LocalDate deadline, String reference, Instant createdAt) {
}
