package cn.yixin.api.eligibility;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
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
 * Withdraws an act's points (记分撤销), citing the objection upheld or the correcting document (R-11.1, R-6.x); the
 * points and the state are restored at once. A second withdrawal of the same act is refused (409).
 */
@Controller("/eligibility/ledgers/{ledgerId}/acts/{actId}/withdrawal")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_REVIEWER})
@Tag(name = "Eligibility")
public class WithdrawPoints {

    private final PointsWithdrawal withdrawal;
    private final Idempotency idempotency;

    public WithdrawPoints(PointsWithdrawal withdrawal, Idempotency idempotency) {
        this.withdrawal = withdrawal;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Withdraw an act's points (撤销记分)")
    @Post
    public HttpResponse<?> withdraw(@PathVariable String ledgerId, @PathVariable String actId,
                                    @Body @Valid EligibilityRequests.Withdrawal body,
                                    @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "WithdrawPoints:" + ledgerId + ":" + actId, body, HttpStatus.OK,
                recorder -> withdrawal.withdraw(caller, ledgerId, actId, body, recorder));
    }
}
