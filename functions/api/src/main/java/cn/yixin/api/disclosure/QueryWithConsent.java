package cn.yixin.api.disclosure;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.domain.disclosure.ConsentToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * A third party's real-time query under a consent (004 §21): the consent's token in {@code X-Consent-Token} (a
 * header, never the URL), the subject in the body. Answered with exactly the consented part as of now, or refused
 * (403 CONSENT_REFUSED) with nothing more: unknown, expired, revoked, or another subject's. A POST because every
 * query is logged for the subject. No JWT: the token is the capability (docs/disclosure.md).
 */
@Controller("/public/consent-queries")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class QueryWithConsent {

    private final ConsentQueries consents;
    private final Idempotency idempotency;

    public QueryWithConsent(ConsentQueries consents, Idempotency idempotency) {
        this.consents = consents;
        this.idempotency = idempotency;
    }

    @SecurityRequirements
    @Operation(summary = "Query a subject's credit under its consent (授权实时查询)")
    @Post
    public HttpResponse<?> query(@Nullable @Header(Consents.TOKEN_HEADER) String token,
                                 @Body @Valid ConsentRequests.Query body,
                                 @Nullable @Header("Idempotency-Key") String key) {
        // A retry under the same token and key gets the first answer (the snapshot it already had), nothing newer.
        String tenant = ConsentQueries.tenantOf(token);
        return idempotency.runThenKeep(tenant, Idempotency.anonymousScope(ConsentToken.hash(token)), key,
                "QueryWithConsent", body, HttpStatus.OK, () -> consents.query(token, body));
    }
}
