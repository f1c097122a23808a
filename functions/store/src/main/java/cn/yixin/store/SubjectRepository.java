package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.domain.subject.SubjectSummary;

import java.util.List;
import java.util.Optional;

/** Subjects of one tenant, their identifier index and their links. Every call names the tenant. */
public interface SubjectRepository {

    /**
     * Stores a new subject with its first standing and its identifier index entry, and the idempotent response if
     * given, in one transaction. CONFLICT {@code SUBJECT_EXISTS} when the identifier is already registered;
     * {@link IdempotencyKeyUsed} when the key was used.
     */
    void register(Subject subject, GradeChange first, IdempotentResponse response);

    Optional<Subject> find(String tenantId, String subjectId);

    Optional<String> findIdByIdentifierHash(String tenantId, String lookupHash);

    /** Subjects of a kind, optionally of one grade, in grade then id order. */
    Page<SubjectSummary> list(String tenantId, SubjectKind kind, String grade, String cursor, int limit);

    /** Stores both directions of a link in one transaction; CONFLICT {@code LINK_EXISTS} if already linked. */
    void link(String tenantId, SubjectLink link, IdempotentResponse response);

    List<SubjectLink> links(String tenantId, String subjectId);

    List<GradeChange> history(String tenantId, String subjectId);
}
