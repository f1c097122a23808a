package cn.yixin.api.inspection;

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

/** Registers an inspector in the tenant's roster with the subjects it must not inspect. */
@Controller("/inspectors")
@Secured({Roles.BUREAU_ADMIN})
@Tag(name = "Random inspections")
public class RegisterInspector {

    private final InspectorRoster roster;
    private final Idempotency idempotency;

    public RegisterInspector(InspectorRoster roster, Idempotency idempotency) {
        this.roster = roster;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Register an inspector (登记检查人员)")
    @Post
    public HttpResponse<?> register(@Body @Valid InspectionRequests.RegisterInspector body,
                                    @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RegisterInspector", body, HttpStatus.CREATED,
                recorder -> roster.register(caller, body, recorder));
    }
}
