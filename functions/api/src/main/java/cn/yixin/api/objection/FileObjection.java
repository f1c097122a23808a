package cn.yixin.api.objection;

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

/** An objection to one record or result within the tenant's filing window in working days: online by the subject itself, or received on paper and registered by staff with its received date. The disputed information is marked as under objection at once. */
@Controller("/subjects/{subjectId}/objections")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.CREDIT_SUBJECT})
@Tag(name = "Objections")
public class FileObjection {

    private final Objections objections;
    private final Idempotency idempotency;

    public FileObjection(Objections objections, Idempotency idempotency) {
        this.objections = objections;
        this.idempotency = idempotency;
    }

    @Operation(summary = "File an objection (提出异议), or register one received offline (登记线下异议)")
    @Post
    public HttpResponse<?> handle(
            @PathVariable String subjectId, @Body @Valid ObjectionRequests.File body, @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "FileObjection:" + subjectId, body, HttpStatus.CREATED,
                recorder -> objections.file(caller, subjectId, body, recorder));
    }
}
