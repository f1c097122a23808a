package cn.yixin.api.eligibility;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Persons with a points ledger, suspended and terminated first; {@code state} filters. */
@Controller("/eligibility/ledgers")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Eligibility")
public class ListLedgers {

    private final LedgerReads reads;

    public ListLedgers(LedgerReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "Persons by payment-eligibility state (医保支付资格状态名单)")
    @Get
    public EligibilityViews.LedgerList list(@Nullable @QueryValue String state, Authentication auth) {
        return reads.list(Caller.of(auth), state);
    }
}
