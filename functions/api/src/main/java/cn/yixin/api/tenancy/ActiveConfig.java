package cn.yixin.api.tenancy;

import cn.yixin.domain.calendar.WorkingDayCalendar;
import cn.yixin.domain.tenant.TenantConfig;

/** A tenant's configuration at one version, with its working-day calendar resolved. */
public record ActiveConfig(TenantConfig config, int version, WorkingDayCalendar calendar) {
}
