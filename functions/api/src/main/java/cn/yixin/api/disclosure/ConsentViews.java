package cn.yixin.api.disclosure;

import cn.yixin.domain.disclosure.Consent;
import cn.yixin.domain.disclosure.CreditReport;
import cn.yixin.store.ConsentRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the consent operations answer. */
public final class ConsentViews {

    private ConsentViews() {
    }

    /** A consent as its subject sees it; the token never (it was shown once, when granted). */
    @Serdeable
    public record ConsentView(String consentId, String grantee, @Nullable String purpose, String part, String partZh,
                              LocalDate until, Instant grantedAt, @Nullable Instant revokedAt, String status) {

        static ConsentView of(Consent c, LocalDate today) {
            return new ConsentView(c.id(), c.grantee(), c.purpose(), c.part().name(), c.part().nameZh(), c.until(),
                    c.grantedAt(), c.revokedAt(), c.status(today));
        }
    }

    /** The answer to a grant: the consent, and its token, shown this once and never stored. */
    @Serdeable
    public record Granted(ConsentView consent, String token, String howToUse) {
    }

    /** One query under a consent: who, when, what, and whether it was answered. */
    @Serdeable
    public record QueryLine(Instant at, String consentId, String grantee, String part, String outcome) {

        static QueryLine of(ConsentRepository.QueryLog q) {
            return new QueryLine(q.at(), q.consentId(), q.grantee(), q.part(), q.outcome());
        }
    }

    /** A subject's consents and who looked under them (004 §21). */
    @Serdeable
    public record ConsentList(String subjectId, List<ConsentView> consents, List<QueryLine> queries) {
    }

    /**
     * What the third party sees, as of the moment it asks: exactly the consented part. {@code score} only for
     * GRADE_AND_SCORE and FULL_REPORT, {@code report} (identifier masked) only for FULL_REPORT.
     */
    @Serdeable
    public record Answer(String subjectId, String subjectName, String subjectKind, String bureau, String grantee,
                         String part, @Nullable String grade, @Nullable String gradeName, @Nullable Integer score,
                         int configVersion, LocalDate asOf, Instant answeredAt, @Nullable CreditReport report) {
    }
}
