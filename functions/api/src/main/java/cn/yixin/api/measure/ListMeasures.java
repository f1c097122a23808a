package cn.yixin.api.measure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/**
 * The incentive and punishment lists in force for the caller's region (R-7.3, 004 §28): the parent's lists first,
 * then the region's own supplement, each entry naming the tenant and configuration version that publish it.
 */
@Controller("/measures")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Results application")
public class ListMeasures {

    private final MeasuresInForce measures;

    public ListMeasures(MeasuresInForce measures) {
        this.measures = measures;
    }

    @Serdeable
    public record MeasureLists(String tenant, List<MeasureView> measures) {
    }

    @Operation(summary = "List the measure lists in force (信用激励和失信惩戒措施清单)")
    @Get
    public MeasureLists list(Authentication auth) {
        String tenant = Caller.of(auth).tenant();
        return new MeasureLists(tenant, measures.of(tenant).stream().map(MeasureView::of).toList());
    }
}
