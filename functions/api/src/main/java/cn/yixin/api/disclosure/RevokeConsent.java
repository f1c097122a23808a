package cn.yixin.api.disclosure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The subject revokes a consent at any time (004 §21); idempotent as it stands (the first revocation's time stays). */
@Controller("/subjects/{subjectId}/consents/{consentId}/revocation")
@Secured(Roles.CREDIT_SUBJECT)
@Tag(name = "Disclosure")
public class RevokeConsent {

    private final Consents consents;

    public RevokeConsent(Consents consents) {
        this.consents = consents;
    }

    @Operation(summary = "Revoke a consent (撤销授权)")
    @Post
    public ConsentViews.ConsentView revoke(@PathVariable String subjectId, @PathVariable String consentId,
                                           Authentication auth) {
        return consents.revoke(Caller.of(auth), subjectId, consentId);
    }
}
