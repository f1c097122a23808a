package cn.yixin.api.credit;

import cn.yixin.domain.subject.Standing;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject as the API shows it. The identifier (and an individual's name) is in clear only for the subject itself;
 * everyone else sees it masked.
 */
@Serdeable
public record SubjectView(
        String subjectId,
        String kind,
        String kindName,
        String name,
        String identifier,
        @Nullable String practitionerCode,
        Instant registeredAt,
        Grade grade) {

    @Serdeable
    public record Grade(
            String grade,
            String gradeName,
            @Nullable Integer score,
            String scheme,
            String method,
            boolean lowestGradeOverride,
            int configVersion,
            LocalDate asOf,
            Instant computedAt,
            List<Standing.Line> explanation) {

        static Grade of(Standing s) {
            return new Grade(s.grade(), s.gradeName(), s.score(), s.scheme(), s.method(), s.lowestGradeOverride(),
                    s.configVersion(), s.asOf(), s.computedAt(), s.explanation());
        }
    }
}
