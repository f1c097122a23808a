package cn.yixin.api.disclosure;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A subject's credit report (信用报告, 000 §4(3)) as an A4 PDF, issued now: the subject itself (its identifier in
 * clear) or its bureau's staff (masked). A POST because it issues something: every call is a new report with its own
 * verification code, stored with the PDF's SHA-256 so a third party can check it ({@link VerifyCreditReport}). With
 * an Idempotency-Key a retry answers the same report, byte for byte (the PDF is kept with its code); without one,
 * each call is a new report of the same standing, as genuine as the first.
 */
@Controller("/subjects/{subjectId}/reports")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Disclosure")
public class DownloadCreditReport {

    static final String PDF = "application/pdf";

    private final CreditReports reports;

    public DownloadCreditReport(CreditReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Download the subject's credit report as PDF (下载信用报告)")
    @Post
    @Produces(PDF)
    public HttpResponse<byte[]> download(@PathVariable String subjectId,
                                         @Nullable @Header("Idempotency-Key") String key, Authentication auth) {
        CreditReports.Issued issued = reports.issue(Caller.of(auth), subjectId, key);
        return HttpResponse.created(issued.pdf())
                .header("Location", "/public/reports/" + issued.stored().code())
                .contentType(MediaType.of(PDF))
                .header("Content-Disposition", "attachment; filename=\"credit-report-" + issued.stored().code() + ".pdf\"")
                .header("X-Report-Code", issued.stored().code())
                .header("X-Content-SHA256", issued.stored().sha256())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
