package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.SubjectSummary;
import cn.yixin.store.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.List;

/**
 * Subjects of the caller's tenant by kind, optionally by grade, a page at a time: one query on the kind/grade
 * index, which carries list rows only (the explanation is one ReadProfile away).
 */
@Controller("/subjects")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Subjects")
public class ListSubjects {

    private final CreditSubjects subjects;

    public ListSubjects(CreditSubjects subjects) {
        this.subjects = subjects;
    }

    @Serdeable
    public record Row(String subjectId, String kind, String kindName, String name, String identifier, String grade,
                      String gradeName, @Nullable Integer score, int configVersion, Instant registeredAt) {
        static Row of(SubjectSummary s) {
            return new Row(s.id(), s.kind().name(), s.kind().nameZh(), s.displayName(), s.identifierMasked(), s.grade(),
                    s.gradeName(), s.score(), s.configVersion(), s.registeredAt());
        }
    }

    @Serdeable
    public record SubjectPage(List<Row> items, @Nullable String nextCursor) {
    }

    @Operation(summary = "List subjects by kind and grade (按类型和等级查询信用主体)")
    @Get
    public SubjectPage list(@QueryValue SubjectKind kind,
                            @Nullable @QueryValue @Pattern(regexp = "[A-Z]{1,2}") String grade,
                            @Nullable @QueryValue String cursor,
                            @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                            Authentication auth) {
        Page<SubjectSummary> page = subjects.list(Caller.of(auth), kind, grade, cursor, limit == null ? 50 : limit);
        return new SubjectPage(page.items().stream().map(Row::of).toList(), page.nextCursor());
    }
}
