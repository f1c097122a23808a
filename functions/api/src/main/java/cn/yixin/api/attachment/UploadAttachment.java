package cn.yixin.api.attachment;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import cn.yixin.api.idempotency.Idempotency;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;


/**
 * Uploads one piece of evidence (PDF, JPEG or PNG, at most 4 MB) as the raw body, its name in {@code X-File-Name}
 * (percent-encoded UTF-8 for Chinese names) or in {@code Content-Disposition: attachment; filename*=UTF-8''…}
 * ({@link FileNames} says what is accepted). Objections and repair applications then cite it by id.
 */
@Controller("/subjects/{subjectId}/attachments")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.CREDIT_SUBJECT})
@Tag(name = "Self-service")
public class UploadAttachment {

    private final Attachments attachments;
    private final Idempotency idempotency;

    public UploadAttachment(Attachments attachments, Idempotency idempotency) {
        this.attachments = attachments;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Upload an attachment (上传证明材料)")
    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<?> upload(@PathVariable String subjectId, HttpRequest<?> request,
                                  @Nullable @Header("X-File-Name") String fileName,
                                  @Nullable @Header("Content-Disposition") String disposition,
                                  @Body byte[] body, @Nullable @Header("Idempotency-Key") String key,
                                  Authentication auth) {
        Caller caller = Caller.of(auth);
        String type = request.getContentType().map(MediaType::toString).orElse(null);
        String name = FileNames.fromHeaders(fileName, disposition);
        // The request as the key remembers it: the file's name, type and content digest, not the content itself.
        var remembered = java.util.Map.of("name", String.valueOf(name), "type", String.valueOf(type),
                "sha256", Idempotency.hash(body));
        return idempotency.runThenKeep(caller.tenant(), Idempotency.callerScope(caller), key,
                "UploadAttachment:" + subjectId, remembered, HttpStatus.CREATED,
                () -> attachments.upload(caller, subjectId, name, type, body));
    }
}
