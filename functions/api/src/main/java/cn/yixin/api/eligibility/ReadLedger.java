package cn.yixin.api.eligibility;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A person's points ledger: state as of today, the year's points, every act, what was told, what falls due. */
@Controller("/eligibility/ledgers/{ledgerId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Eligibility")
public class ReadLedger {

    private final LedgerReads reads;

    public ReadLedger(LedgerReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "A person's payment-eligibility ledger (医保支付资格记分档案)")
    @Get
    public EligibilityViews.LedgerView read(@PathVariable String ledgerId, Authentication auth) {
        return reads.read(Caller.of(auth), ledgerId);
    }
}
