package cn.yixin.api.supervision;

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

/** Publishes a new version of the supervision item list, whole; its report falls due in 10 working days. */
@Controller("/supervision-items")
@Secured({Roles.BUREAU_ADMIN})
@Tag(name = "Supervision items")
public class PublishSupervisionItems {

    private final SupervisionItems items;
    private final Idempotency idempotency;

    public PublishSupervisionItems(SupervisionItems items, Idempotency idempotency) {
        this.items = items;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Publish the supervision item list (发布信用监管事项清单)")
    @Post
    public HttpResponse<?> publish(@Body @Valid SupervisionRequests.Publish body,
                                   @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        Caller caller = Caller.of(auth);
        return idempotency.run(caller, key, "PublishSupervisionItems", body, HttpStatus.CREATED,
                recorder -> items.publish(caller, body, recorder));
    }
}
