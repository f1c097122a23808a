package cn.yixin.api.document;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The written documents in a subject's file (applications, decisions, notices; ). */
@Controller("/subjects/{subjectId}/documents")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Self-service")
public class ListDocuments {

    private final Documents documents;

    public ListDocuments(Documents documents) {
        this.documents = documents;
    }

    @Operation(summary = "A subject's written documents (文书列表)")
    @Get
    public List<WrittenDocument> list(@PathVariable String subjectId, Authentication auth) {
        return documents.list(Caller.of(auth), subjectId);
    }
}
