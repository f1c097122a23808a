package cn.yixin.api.tenancy;

import cn.yixin.api.security.Roles;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The onboarded tenants, each with the rulebook its current configuration rests on (issue 12.10): whether its source
 * documents are in force today, lapsing within 90 days, or lapsed. {@code ?rulebook=ATTENTION} lists only the
 * lapsed and lapsing ones, the platform operator's to-do list.
 */
@Controller("/platform/tenants")
@Secured(Roles.PLATFORM_OPERATOR)
@Tag(name = "Platform")
public class ListTenants {

    private final TenantDirectory directory;
    private final Clock clock;

    /** The clock every operation reads (movable in the local run); today is its day in China, as LiveGrading's. */
    public ListTenants(TenantDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Serdeable
    public record Tenant(String tenantId, String name, @Nullable String parent, int currentVersion, Rulebook rulebook) {
    }

    @Operation(summary = "List onboarded tenants (地区列表), with the period in force of each rulebook")
    @Get
    public List<Tenant> list(@Nullable @QueryValue String rulebook) {
        if (rulebook != null && !"ATTENTION".equals(rulebook)) {
            throw DomainException.invalidField("rulebook", "INVALID_RULEBOOK_FILTER",
                    "筛选条件只能为“需关注”（取值 ATTENTION）：有效期已届满或将在 90 日内届满的地区。",
                    "rulebook may only be ATTENTION: tenants whose rulebook has lapsed or lapses within 90 days.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CreditRecord.CHINA);
        return directory.list().stream()
                .map(t -> new Tenant(t.tenantId(), t.name(), t.parent(), t.currentVersion(),
                        Rulebook.of(directory.current(t.tenantId()), today)))
                .filter(t -> rulebook == null || t.rulebook().needsAttention())
                .toList();
    }
}
