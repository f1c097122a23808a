package cn.yixin.api.disclosure;

import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.disclosure.ReportCode;
import cn.yixin.store.IssuedReport;
import cn.yixin.store.ReportRepository;
import jakarta.inject.Singleton;

/**
 * Verifies a credit report by its code (public, no token): one read of what was stored when it was issued. A code of
 * another tenant, a forged or mistyped one, is simply not found; the answer names nothing. Needs no identifier keys
 * (pii/PersonalDataOperations): what it returns was stored masked.
 */
@Singleton
public class ReportVerification {

    private final TenantDirectory tenants;
    private final ReportRepository reports;

    public ReportVerification(TenantDirectory tenants, ReportRepository reports) {
        this.tenants = tenants;
        this.reports = reports;
    }

    public IssuedReport verify(String code) {
        String tenant = ReportCode.tenantOf(code).orElseThrow(ReportVerification::reportNotFound);
        try {
            tenants.current(tenant);
        } catch (DomainException unknownTenant) {
            throw reportNotFound();
        }
        return reports.find(tenant, code).orElseThrow(ReportVerification::reportNotFound);
    }

    static DomainException reportNotFound() {
        return DomainException.notFound("REPORT_NOT_FOUND", "没有与该验证码对应的信用报告，请核对报告编号。",
                "No credit report has this verification code; check the report number.");
    }
}
