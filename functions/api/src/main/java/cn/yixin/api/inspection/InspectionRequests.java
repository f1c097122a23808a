package cn.yixin.api.inspection;

import cn.yixin.api.credit.RecordRequest;
import cn.yixin.api.input.PlausibleDate;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.inspection.CheckOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of random inspections. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    /**
     * An inspector of the roster.
     *
     * @param code             the bureau's own staff code, the inspector's id in the roster
     * @param personSubjectId  the inspector as a registered subject, if any: institutions linked to that person are
     *                         conflicts too
     * @param linkedSubjectIds subjects the inspector must never be sent to (conflicts of interest)
     */
    @Serdeable
    public record RegisterInspector(@Nullable @Size(max = 32) String code, @Nullable @Size(max = 50) String name,
                                    @Nullable @Size(max = 40) String personSubjectId,
                                    @Nullable @Size(max = 200) List<@Size(max = 40) String> linkedSubjectIds) {
    }

    /** A plan: kinds, period, base ratio in whole percent (1–100), inspectors per check. */
    @Serdeable
    public record CreatePlan(@Nullable @Size(max = 100) String name, @Nullable @Size(max = 20) List<SubjectKind> subjectKinds,
                             @Nullable @PlausibleDate LocalDate periodFrom, @Nullable @PlausibleDate LocalDate periodTo,
                             @Nullable Integer basePercent, @Nullable Integer inspectorsPerCheck) {
    }

    /**
     * A draw of a plan. The first draw names nothing; a redraw names the draw it replaces and says why (a draw is
     * never silently redone).
     */
    @Serdeable
    public record Draw(@Nullable @Size(max = 40) String replacesDrawId, @Nullable @Size(max = 500) String reason) {
    }

    /** What a check found; a violation carries the credit record it becomes. */
    @Serdeable
    public record Outcome(@NotNull CheckOutcome.Result result,
                          @NotNull @PlausibleDate(notFuture = true) LocalDate inspectedOn,
                          @Nullable @Size(max = 500) String summary, @Nullable @Valid RecordRequest record) {
    }
}
