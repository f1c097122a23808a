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
 * The public list of institutions with a dishonesty record in its publication period, one kind at a time,
 * paginated, derived at read time. Public by rule, so anonymous: names, kinds, the record's category,
 * severity, basis number and issuer, the period's end (docs/disclosure.md).
 */
@Controller("/public/tenants/{tenantId}/dishonesty-list")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class ReadDishonestyList {

    private final PublicDishonestyList roll;

    public ReadDishonestyList(PublicDishonestyList roll) {
        this.roll = roll;
    }

    @SecurityRequirements
    @Operation(summary = "Institutions with a dishonesty record in its publication period (失信信息公示名单, R-11.2)")
    @Get
    public PublicDishonestyList.Listing list(@PathVariable @Pattern(regexp = "[0-9]{6}") String tenantId,
                                      @QueryValue SubjectKind kind,
                                      @Nullable @QueryValue String cursor,
                                      @Nullable @QueryValue @Min(1) @Max(100) Integer limit) {
        return roll.list(tenantId, kind, cursor, limit == null ? 50 : limit);
    }
}
