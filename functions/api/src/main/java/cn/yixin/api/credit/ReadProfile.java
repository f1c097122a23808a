package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.subject.GradeChange;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * A subject's credit profile: grade, score, the explanation record by record, the configuration version, and the
 * grade history, and the records under objection ({@code underObjection}: record id → pending case id,
 * ) so every explanation line can show its mark. Bureau staff read any subject of their tenant; a credit subject
 * only itself. Staff also see the monitoring level ({@code monitoring}: 一般监控 / 重点监控, 001 §32, R-8.1); the subject
 * does not ({@link MonitoringLevels}).
 */
@Controller("/subjects/{subjectId}")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Subjects")
public class ReadProfile {

    private final CreditSubjects subjects;
    private final SubjectViews views;
    private final ObjectionMarks objections;
    private final MonitoringLevels monitoring;

    public ReadProfile(CreditSubjects subjects, SubjectViews views, ObjectionMarks objections,
                       MonitoringLevels monitoring) {
        this.monitoring = monitoring;
        this.subjects = subjects;
        this.views = views;
        this.objections = objections;
    }

    @Serdeable
    public record Profile(SubjectView subject, List<GradeChange> history, Map<String, String> underObjection,
                          @io.micronaut.core.annotation.Nullable MonitoringLevels.Level monitoring) {
    }

    @Operation(summary = "Read a subject's credit profile (信用主体画像：等级、得分、依据、历史)")
    @Get
    public Profile read(@PathVariable String subjectId, Authentication auth) {
        Caller caller = Caller.of(auth);
        var subject = subjects.find(caller, subjectId);
        return new Profile(views.of(subject, caller), subjects.history(caller, subjectId),
                objections.marks(caller, subjectId), monitoring.levelFor(caller, subjectId));
    }
}
