package cn.yixin.api.disclosure;

import cn.yixin.domain.SubjectKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The public list of institutions publicised for their grade (004 §25(一)), one kind at a time, paginated. Public by
 * rule, so anonymous: names, kinds and grades only (docs/disclosure.md).
 */
@Controller("/public/tenants/{tenantId}/honour-roll")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class ReadHonourRoll {

    private final PublicHonourRoll roll;

    public ReadHonourRoll(PublicHonourRoll roll) {
        this.roll = roll;
    }

    @SecurityRequirements
    @Operation(summary = "Institutions publicised for their grade (守信激励公示名单)")
    @Get
    public PublicHonourRoll.Roll list(@PathVariable @Pattern(regexp = "[0-9]{6}") String tenantId,
                                      @QueryValue SubjectKind kind,
                                      @Nullable @QueryValue String cursor,
                                      @Nullable @QueryValue @Min(1) @Max(100) Integer limit) {
        return roll.list(tenantId, kind, cursor, limit == null ? 50 : limit);
    }
}
