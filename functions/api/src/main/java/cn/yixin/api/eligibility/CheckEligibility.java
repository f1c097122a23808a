package cn.yixin.api.eligibility;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The settlement status check (结算时医保支付资格校验, R-11.1): the person's identifier in the body, never in a URL; the
 * answer is only the status and until when. Idempotent as it stands (a read; each call adds its own audit row), so
 * it keeps no Idempotency-Key.
 */
@Controller("/eligibility/status-checks")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Eligibility")
public class CheckEligibility {

    private final StatusChecks checks;

    public CheckEligibility(StatusChecks checks) {
        this.checks = checks;
    }

    @Operation(summary = "Is this person's payment eligibility normal today? (医保支付资格状态查询)")
    @Post
    @Status(HttpStatus.OK)
    public EligibilityViews.StatusAnswer check(@Body @Valid EligibilityRequests.StatusCheck body, Authentication auth) {
        return checks.check(Caller.of(auth), body);
    }
}
