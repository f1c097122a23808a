package cn.yixin.api.repair;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public page of one intent to repair while it is publicised, by its unguessable publicity id; nothing
 * else is readable here, and once the publicity is over it is not found (the repaired record is shielded, R-9.4).
 * Anonymous by design: docs/security.md "Public repair publicity".
 */
@Controller("/public/repair-publicity/{publicityId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class ReadRepairPublicity {

    private final CreditRepairs repairs;

    public ReadRepairPublicity(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @SecurityRequirements // no token: the publicity id is the capability (docs/security.md)
    @Operation(summary = "Read a repair publicity (信用修复公示)")
    @Get
    public RepairView.Publicity read(@PathVariable String publicityId) {
        return repairs.publicity(publicityId);
    }
}
