package cn.yixin.api.disclosure;

import cn.yixin.store.IssuedReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Public verification of a credit report by the code printed on it (issue 17): whether it is genuine and what it
 * states, nothing more: the bureau, the subject's display name (masked for individuals), its kind, the grade, the day
 * it states and the day it was issued, and the SHA-256 of the PDF as issued. No score, no identifier, no records.
 * Anonymous by design (docs/disclosure.md); the tenant comes from the code itself, as for a repair publicity id.
 */
@Controller("/public/reports/{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Public")
public class VerifyCreditReport {

    private final ReportVerification reports;

    public VerifyCreditReport(ReportVerification reports) {
        this.reports = reports;
    }

    @Serdeable
    public record Verified(boolean genuine, String code, String tenant, String bureau, String subjectName,
                           String subjectKind, @Nullable String grade, @Nullable String gradeName, int configVersion,
                           LocalDate asOf, LocalDate issuedOn, String sha256) {

        static Verified of(IssuedReport r) {
            return new Verified(true, r.code(), r.tenantId(), r.bureau(), r.subjectName(), r.subjectKind(), r.grade(),
                    r.gradeName(), r.configVersion(), r.asOf(),
                    LocalDate.ofInstant(r.issuedAt(), ZoneId.of("Asia/Shanghai")), r.sha256());
        }
    }

    @SecurityRequirements // no token: the code is the capability
    @Operation(summary = "Verify a credit report (信用报告核验)")
    @Get
    public Verified verify(@PathVariable String code) {
        return Verified.of(reports.verify(code));
    }
}
