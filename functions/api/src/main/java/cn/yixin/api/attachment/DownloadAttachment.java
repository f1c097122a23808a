package cn.yixin.api.attachment;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/** Downloads an attachment with its recorded SHA-256, so the reader can check it is what was submitted. */
@Controller("/subjects/{subjectId}/attachments/{attachmentId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Self-service")
public class DownloadAttachment {

    private final Attachments attachments;

    public DownloadAttachment(Attachments attachments) {
        this.attachments = attachments;
    }

    @Operation(summary = "Download an attachment (下载证明材料)")
    @Get
    public HttpResponse<byte[]> download(@PathVariable String subjectId, @PathVariable String attachmentId,
                                         Authentication auth) {
        Caller caller = Caller.of(auth);
        Attachment a = attachments.require(caller, subjectId, attachmentId);
        return HttpResponse.ok(attachments.content(caller, subjectId, attachmentId))
                .contentType(MediaType.of(a.contentType()))
                .header("X-Content-SHA256", a.sha256())
                .header("Content-Disposition", FileNames.contentDisposition(a.fileName()))
                // Served as the type it was checked to be, never sniffed into HTML, and inert if opened directly.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
