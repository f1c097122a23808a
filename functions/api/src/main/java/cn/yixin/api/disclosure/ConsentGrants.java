package cn.yixin.api.disclosure;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.disclosure.Consent;
import cn.yixin.domain.disclosure.ConsentToken;
import cn.yixin.domain.disclosure.DisclosurePolicy;
import cn.yixin.store.ConsentRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The subject grants a consent (004 §21). Its token is a keyed hash of the consent's id (the PII lookup key), so it
 * is never stored and can be recomputed: under an Idempotency-Key the id itself is a keyed hash of the caller, the
 * subject and the key, and a retry answers the same consent with the same token, without any answer being kept.
 */
@Singleton
public class ConsentGrants {

    private final Consents self;
    private final ConsentRepository consents;
    private final TenantDirectory tenants;
    private final IdentifierProtector protector;
    private final LiveGrading grading;
    private final Clock clock;

    public ConsentGrants(Consents self, ConsentRepository consents, TenantDirectory tenants,
                         IdentifierProtector protector, LiveGrading grading, Clock clock) {
        this.self = self;
        this.consents = consents;
        this.tenants = tenants;
        this.protector = protector;
        this.grading = grading;
        this.clock = clock;
    }

    public ConsentViews.Granted grant(Caller caller, String subjectId, ConsentRequests.Grant req, String key) {
        self.requireSelf(caller, subjectId);
        LocalDate today = grading.today();
        int max = DisclosurePolicy.of(tenants.current(caller.tenant()).config()).consentMaxDays();
        if (req.until().isBefore(today)) {
            throw DomainException.invalidField("until", "CONSENT_UNTIL_PAST",
                    "授权截止日期（until）不能早于今天（" + today + "）。",
                    "The consent's last day (until) is before today (" + today + ").");
        }
        if (req.until().isAfter(today.plusDays(max))) {
            throw DomainException.invalidField("until", "CONSENT_UNTIL_TOO_LATE",
                    "授权截止日期（until）最迟为今天起 " + max + " 天（" + today.plusDays(max) + "）。",
                    "The consent's last day (until) may be at most " + max + " days ahead (" + today.plusDays(max) + ").");
        }
        String grantee = req.grantee().strip();
        String purpose = req.purpose() == null || req.purpose().isBlank() ? null : req.purpose().strip();
        String tenant = caller.tenant();
        String id = "CN" + (key == null ? UUID.randomUUID().toString().replace("-", "")
                : protector.lookupHash(tenant, "consent\n" + Idempotency.callerScope(caller) + "\n" + subjectId + "\n" + key))
                .substring(0, 20);
        String token = ConsentToken.of(tenant, protector.lookupHash(tenant, "consent-token\n" + id));
        Consent c = new Consent(id, tenant, subjectId, grantee, purpose, req.part(), req.until(), clock.instant(), null,
                ConsentToken.hash(token));
        if (!consents.grant(c)) {
            // Keyed: the first request with this key granted it; the same request is answered as it was.
            Consent first = consents.find(tenant, subjectId, id).orElseThrow(() -> new IllegalStateException("consent id collision"));
            if (!first.grantee().equals(grantee) || !java.util.Objects.equals(first.purpose(), purpose)
                    || first.part() != req.part() || !first.until().equals(req.until())) {
                throw cn.yixin.domain.ProblemCode.IDEMPOTENCY_KEY_REUSED.of();
            }
            c = first;
        }
        return new ConsentViews.Granted(ConsentViews.ConsentView.of(c, today), token,
                "第三方查询时在请求头 " + Consents.TOKEN_HEADER + " 中提交此授权码，调用 POST /public/consent-queries；授权码只显示这一次。");
    }

}
