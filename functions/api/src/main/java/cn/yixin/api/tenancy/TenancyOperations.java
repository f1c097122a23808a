package cn.yixin.api.tenancy;

import cn.yixin.api.OperationCatalog.Operation;

import java.util.List;

import static cn.yixin.api.OperationAccess.APPEND;
import static cn.yixin.api.OperationAccess.READ;
import static cn.yixin.api.OperationAccess.STAFF_AND_SUBJECT;
import static cn.yixin.api.security.Roles.PLATFORM_OPERATOR;

/** Tenants and their configuration versions, the working-day calendars (issue 2, R-10.1). Part of the Foundation area of {@code OperationCatalog}. */
public final class TenancyOperations {

    public static final List<Operation> ALL = List.of(
            new Operation("OnboardTenant", "POST", "/platform/tenants", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()),
            new Operation("ListTenants", "GET", "/platform/tenants", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("ReadTenantConfig", "GET", "/platform/tenants/{tenantId}/config", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("UpdateTenantConfig", "PUT", "/platform/tenants/{tenantId}/config", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()),
            new Operation("ReadOwnTenantConfig", "GET", "/config", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ComputeDeadline", "GET", "/calendar/deadlines", STAFF_AND_SUBJECT, READ, true, List.of()),
            new Operation("ListCalendars", "GET", "/platform/calendars", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("ReadCalendarYear", "GET", "/platform/calendars/{calendarId}/years/{year}", List.of(PLATFORM_OPERATOR), READ, false, List.of()),
            new Operation("LoadCalendarYear", "PUT", "/platform/calendars/{calendarId}/years/{year}", List.of(PLATFORM_OPERATOR), APPEND, false, List.of()));

    private TenancyOperations() {
    }
}
