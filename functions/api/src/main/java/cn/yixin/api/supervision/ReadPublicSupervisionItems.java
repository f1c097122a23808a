package cn.yixin.api.supervision;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A region's supervision item list, public (向社会公布, 002 §2(一)): the version in force and its change history. */
@Controller("/public/supervision-items/{tenantId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Supervision items")
public class ReadPublicSupervisionItems {

    private final SupervisionItems items;

    public ReadPublicSupervisionItems(SupervisionItems items) {
        this.items = items;
    }

    @SecurityRequirements // no token: the list is published to society
    @Operation(summary = "Read a region's supervision item list (信用监管事项清单)")
    @Get
    public SupervisionItems.PublicList read(@PathVariable String tenantId) {
        return items.publicList(tenantId);
    }
}
