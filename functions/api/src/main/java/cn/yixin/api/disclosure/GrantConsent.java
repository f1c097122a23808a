package cn.yixin.api.disclosure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The subject grants a named third party real-time query of its result (004 §21). The answer carries the consent's
 * token once; only its digest is stored. An Idempotency-Key is honoured without keeping the answer (which would keep
 * the token): the consent's id and token are derived from it ({@link ConsentGrants}).
 */
@Controller("/subjects/{subjectId}/consents")
@Secured(Roles.CREDIT_SUBJECT)
@Tag(name = "Disclosure")
public class GrantConsent {

    private final ConsentGrants consents;

    public GrantConsent(ConsentGrants consents) {
        this.consents = consents;
    }

    @Operation(summary = "Grant a third party real-time query (授权第三方实时查询)")
    @Post
    public HttpResponse<ConsentViews.Granted> grant(@PathVariable String subjectId,
                                                    @Body @Valid ConsentRequests.Grant body,
                                                    @Nullable @Header("Idempotency-Key") String key,
                                                    Authentication auth) {
        return HttpResponse.created(consents.grant(Caller.of(auth), subjectId, body, key))
                .header("Cache-Control", "no-store");
    }
}
