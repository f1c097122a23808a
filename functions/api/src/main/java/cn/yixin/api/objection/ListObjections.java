package cn.yixin.api.objection;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.objection.ObjectionStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * The tenant's unfinished objection cases (one query on the open list), earliest due first; {@code status} filters by
 * status, {@code overdue=true} keeps only cases past their decision or review due day.
 */
@Controller("/objections")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR})
@Tag(name = "Objections")
public class ListObjections {

    private final Objections objections;

    public ListObjections(Objections objections) {
        this.objections = objections;
    }

    @Serdeable
    public record OpenCase(String caseId, String subjectId, String status, @Nullable LocalDate due, boolean overdue) {
    }

    @Operation(summary = "Unfinished objections of the bureau, by status or overdue (待办异议、超期异议)")
    @Get
    public List<OpenCase> list(@Nullable @QueryValue ObjectionStatus status, @Nullable @QueryValue Boolean overdue,
                               Authentication auth) {
        return objections.open(Caller.of(auth), status, Boolean.TRUE.equals(overdue)).stream()
                .map(o -> new OpenCase(o.caseId(), o.subjectId(), o.status(), o.due(), o.overdue()))
                .toList();
    }
}
