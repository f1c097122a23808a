package cn.yixin.api.inspection;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 一公开: a draw's terms, seed, hashes and each check's result, public by its id; no inspector and no
 * individual's name. Anonymous by design: docs/security.md "Public inspection results".
 */
@Controller("/public/inspection-draws/{drawId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Random inspections")
public class ReadPublicInspectionDraw {

    private final InspectionDraws draws;

    public ReadPublicInspectionDraw(InspectionDraws draws) {
        this.draws = draws;
    }

    @SecurityRequirements // no token: results of random inspections are published (一公开)
    @Operation(summary = "Read published inspection results (双随机抽查结果公开)")
    @Get
    public InspectionViews.PublicDraw read(@PathVariable String drawId) {
        return draws.publicRead(drawId);
    }
}
