package cn.yixin.domain.subject;

import cn.yixin.domain.SubjectKind;

import java.time.Instant;

/**
 * What a list of subjects shows: who, which grade, under which configuration. The explanation and the sealed
 * identifiers stay on the subject's own item; the kind/grade index carries only this, so archive writes do not
 * rewrite the explanation into the index and a page of 50 costs a fraction of the full items.
 */
public record SubjectSummary(String tenantId, String id, SubjectKind kind, String displayName, String identifierMasked,
                             String grade, String gradeName, Integer score, int configVersion, Instant registeredAt) {
}
