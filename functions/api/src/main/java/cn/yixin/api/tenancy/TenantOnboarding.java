package cn.yixin.api.tenancy;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.store.CalendarRepository;
import cn.yixin.store.TenantConfigRepository;
import cn.yixin.store.TenantConfigVersion;
import cn.yixin.store.TenantSummary;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Onboarding is a first-class operation (SaaS Factory): a validated configuration becomes version 1 of a new tenant,
 * and every later change is a new version, old ones kept readable. A document with any error is refused
 * whole; nothing is stored.
 */
@Singleton
public class TenantOnboarding {

    private final TenantDirectory directory;
    private final TenantConfigRepository repository;
    private final Clock clock;
    private final CalendarRepository calendarYears;

    public TenantOnboarding(TenantDirectory directory, TenantConfigRepository repository, Clock clock,
                            CalendarRepository calendarYears) {
        this.directory = directory;
        this.repository = repository;
        this.clock = clock;
        this.calendarYears = calendarYears;
    }

    public TenantConfigVersion onboard(String sourceName, String document, String actor) {
        TenantConfig config = directory.parse(sourceName, document);
        requireParentOnboarded(config);
        requireOnlyAddedMeasures(sourceName, config);
        TenantConfigVersion first = new TenantConfigVersion(config.id(), 1, document, clock.instant(), actor,
                "onboarding");
        // The calendar years loaded over the API come with it (issue 12.11), in the same transaction.
        repository.onboard(new TenantSummary(config.id(), config.name(), config.parent(), 1), first,
                calendarYears.currentYears());
        directory.remember(config.id(), 1);
        return first;
    }

    public TenantConfigVersion update(String tenantId, int expectedVersion, String document, String actor,
                                      String reason) {
        TenantConfig config = directory.parse("tenant " + tenantId + " update", document);
        if (!config.id().equals(tenantId)) {
            throw DomainException.invalidField("id", "TENANT_ID_MISMATCH",
                    "配置中的地区代码 " + config.id() + " 与路径中的 " + tenantId + " 不一致。",
                    "The document's id " + config.id() + " does not match the tenant in the path, " + tenantId + ".");
        }
        TenantSummary existing = repository.summary(tenantId).orElseThrow(() -> TenantDirectory.tenantNotFound(tenantId));
        requireParentOnboarded(config);
        requireOnlyAddedMeasures("tenant " + tenantId + " update", config);
        int next = existing.currentVersion() + 1;
        if (expectedVersion != existing.currentVersion()) {
            throw ProblemCode.CONFIG_VERSION_CONFLICT.of(expectedVersion, ProblemCode.Bilingual.of("（" + existing.currentVersion() + "）", " (" + existing.currentVersion() + ")"));
        }
        TenantConfigVersion v = repository.appendVersion(
                new TenantSummary(tenantId, config.name(), config.parent(), next), expectedVersion,
                new TenantConfigVersion(tenantId, next, document, clock.instant(), actor, reason));
        directory.remember(tenantId, next);
        return v;
    }

    /** 004 §28: a child inherits its parent's measure lists and may only add to them. */
    private void requireOnlyAddedMeasures(String sourceName, TenantConfig config) {
        if (config.parent() == null) {
            return;
        }
        java.util.function.Function<String, java.util.Optional<TenantConfig>> lookup =
                id -> java.util.Optional.of(directory.current(id).config());
        java.util.List<cn.yixin.domain.config.ConfigProblem> problems = cn.yixin.domain.measure.MeasureCatalog
                .checkInheritance(sourceName, config,
                        cn.yixin.domain.measure.MeasureCatalog.inForce(directory.current(config.parent()).config(), lookup));
        if (!problems.isEmpty()) {
            throw new cn.yixin.domain.tenant.TenantConfigException(problems);
        }
    }

    private void requireParentOnboarded(TenantConfig config) {
        if (config.parent() != null && repository.summary(config.parent()).isEmpty()) {
            throw DomainException.invalidField("parent", "PARENT_NOT_ONBOARDED",
                    "上级地区 " + config.parent() + " 尚未开通，请先开通上级地区。",
                    "Parent tenant " + config.parent() + " is not onboarded yet; onboard it first.");
        }
    }
}
