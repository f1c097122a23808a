package cn.yixin.api.evaluation;

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

/** Records an institution's service-agreement status and/or a year's fund expenditure (R-5.6, 001 §23). */
@Controller("/subjects/{subjectId}/facts")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Evaluation")
public class RecordSubjectFacts {

    private final SubjectFactsService facts;
    private final Idempotency idempotency;

    public RecordSubjectFacts(SubjectFactsService facts, Idempotency idempotency) {
        this.facts = facts;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record agreement status and fund expenditure (登记服务协议状态与基金支出)")
    @Post
    public HttpResponse<?> record(@PathVariable String subjectId, @Body @Valid FactsRequest body,
                                  @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RecordSubjectFacts:" + subjectId, body, HttpStatus.OK,
                recorder -> facts.record(caller, subjectId, body, recorder));
    }
}
