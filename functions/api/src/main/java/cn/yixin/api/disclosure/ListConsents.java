package cn.yixin.api.disclosure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A subject's consents and every query made under them: who looked, when, what, answered or refused (004 §21). */
@Controller("/subjects/{subjectId}/consents")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Disclosure")
public class ListConsents {

    private final Consents consents;

    public ListConsents(Consents consents) {
        this.consents = consents;
    }

    @Operation(summary = "List consents and who looked (授权及查询记录)")
    @Get
    public ConsentViews.ConsentList list(@PathVariable String subjectId, Authentication auth) {
        return consents.list(Caller.of(auth), subjectId);
    }
}
