package cn.yixin.api.evaluation;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.evaluation.WhatIf;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * What-if (001 §21: consult before changing indicators): the grade distribution of every current subject under the
 * current configuration and under a draft, and who would move. Writes nothing, so the Idempotency-Key is accepted
 * and not needed.
 */
@Controller("/cycles/what-if")
@Secured(Roles.BUREAU_ADMIN)
@Tag(name = "Evaluation")
public class EvaluateWhatIf {

    private final WhatIfService whatIf;

    public EvaluateWhatIf(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    @Operation(summary = "What-if under a draft configuration (指标调整模拟测算)")
    @Post
    public WhatIf.Report evaluate(@Body @Valid WhatIfRequest body, @Nullable @Header("Idempotency-Key") String key,
                                  Authentication auth) {
        return whatIf.compare(Caller.of(auth), body);
    }
}
