package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A credit subject's own profile, without knowing its id (R-5.8: real-time query by the subject). */
@Controller("/me")
@Secured(Roles.CREDIT_SUBJECT)
@Tag(name = "Self-service")
public class ReadMyProfile {

    private final CreditSubjects subjects;
    private final SubjectViews views;
    private final ObjectionMarks objections;

    public ReadMyProfile(CreditSubjects subjects, SubjectViews views, ObjectionMarks objections) {
        this.subjects = subjects;
        this.views = views;
        this.objections = objections;
    }

    @Operation(summary = "My credit profile (我的信用)")
    @Get
    public ReadProfile.Profile read(Authentication auth) {
        Caller caller = Caller.of(auth);
        var subject = subjects.find(caller, caller.subjectId());
        return new ReadProfile.Profile(views.of(subject, caller), subjects.history(caller, caller.subjectId()),
                objections.marks(caller, caller.subjectId()), null);   // not its own monitoring level
    }
}
