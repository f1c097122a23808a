package cn.yixin.api.repair;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;
import cn.yixin.api.idempotency.Idempotency;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Anyone may object to a publicised intent to repair during its publicity. Writes only an objection note on
 * that one application (10–1000 characters; at most 3 per source and 50 per application); reads nothing back.
 */
@Controller("/public/repair-publicity/{publicityId}/objections")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class ObjectToRepair {

    private static final java.util.regex.Pattern PUBLICITY_ID = java.util.regex.Pattern.compile("P(\\d{6})[0-9a-f]{32}");

    private final CreditRepairs repairs;
    private final Idempotency idempotency;

    public ObjectToRepair(CreditRepairs repairs, Idempotency idempotency) {
        this.repairs = repairs;
        this.idempotency = idempotency;
    }

    @SecurityRequirements // no token: the publicity id is the capability (docs/security.md)
    @Operation(summary = "Object to a repair publicity (对信用修复公示提出异议)")
    @Post
    public HttpResponse<?> object(@PathVariable String publicityId, @Body @Valid RepairRequests.PublicObjection body,
                                  @Nullable @Header("Idempotency-Key") String key, HttpRequest<?> request) {
        String source = request.getRemoteAddress() == null || request.getRemoteAddress().getAddress() == null
                ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        var id = PUBLICITY_ID.matcher(publicityId);
        if (key == null || !id.matches()) {
            return HttpResponse.created(repairs.object(publicityId, body, source));
        }
        // No token: the key is scoped to the publicity's tenant and a digest of the source, so one member of the
        // public can neither replay nor block another's objection.
        return idempotency.runThenKeep(id.group(1), Idempotency.anonymousScope(source), key,
                "ObjectToRepair:" + publicityId, body, HttpStatus.CREATED, () -> repairs.object(publicityId, body, source));
    }
}
