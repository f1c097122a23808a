package cn.yixin.store;

import cn.yixin.domain.disclosure.Consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Consents to real-time query (004 §21) and the log of every query made under them. */
public interface ConsentRepository {

    /** One query under a consent, answered or refused, as the subject sees it. */
    record QueryLog(String tenantId, String subjectId, String consentId, String grantee, String part, String outcome,
                    Instant at) {
    }

    /** Writes the consent and its token lookup together; false if either is there already. */
    boolean grant(Consent consent);

    Optional<Consent> find(String tenantId, String subjectId, String consentId);

    Optional<Consent> findByTokenHash(String tenantId, String tokenHash);

    /** Revokes it if not yet revoked (both items, conditionally); false if it was revoked already. */
    boolean revoke(Consent consent, Instant at);

    /** Newest first. */
    List<Consent> list(String tenantId, String subjectId);

    void log(QueryLog entry);

    /** Newest first, at most {@code limit}. */
    List<QueryLog> queries(String tenantId, String subjectId, int limit);
}
