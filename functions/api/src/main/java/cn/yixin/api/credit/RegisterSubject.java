package cn.yixin.api.credit;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Registers a credit subject of a kind the tenant rates, its identifier checked and protected. */
@Controller("/subjects")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER})
@Tag(name = "Subjects")
public class RegisterSubject {

    private final CreditSubjects subjects;
    private final Idempotency idempotency;

    public RegisterSubject(CreditSubjects subjects, Idempotency idempotency) {
        this.subjects = subjects;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Register a credit subject (登记信用主体)")
    @Post
    public HttpResponse<?> register(@Body @Valid RegisterSubjectRequest body,
                                    @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "RegisterSubject", body, HttpStatus.CREATED,
                recorder -> subjects.register(caller, body, recorder));
    }
}
