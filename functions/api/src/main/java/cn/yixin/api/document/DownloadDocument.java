package cn.yixin.api.document;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One written document, printable: HTML by default (A4, ready to print and stamp), plain text with
 * {@code Accept: text/plain}, or the JSON record with {@code Accept: application/json}.
 */
@Controller("/subjects/{subjectId}/documents/{documentId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Self-service")
public class DownloadDocument {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final Documents documents;

    public DownloadDocument(Documents documents) {
        this.documents = documents;
    }

    @Operation(summary = "Download a written document (下载文书)")
    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public HttpResponse<?> download(@PathVariable String subjectId, @PathVariable String documentId,
                                    HttpRequest<?> request, Authentication auth) {
        WrittenDocument d = documents.get(Caller.of(auth), subjectId, documentId);
        String accept = request.getHeaders().get("Accept", String.class).orElse("text/html");
        if (accept.contains("application/json")) {
            return HttpResponse.ok(d);
        }
        if (accept.contains("text/plain")) {
            return HttpResponse.ok(DocumentRenderer.text(d)).contentType(MediaType.of("text/plain; charset=utf-8"))
                    .header("X-Content-Type-Options", "nosniff");
        }
        // The page needs nothing but its own inline style: no script, image, font, frame or form can load or run.
        return HttpResponse.ok(DocumentRenderer.html(d)).contentType(MediaType.of("text/html; charset=utf-8"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", HTML_POLICY);
    }
}
