package cn.yixin.domain.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject's current live grade and why (R-5.1–5.4): the score (null where the scheme has none), the grade,
 * the configuration version that produced it, and every record's contribution.
 */
public record Standing(
        String scheme,
        String method,
        Integer score,
        String grade,
        String gradeName,
        boolean lowestGradeOverride,
        int configVersion,
        LocalDate asOf,
        Instant computedAt,
        List<Line> explanation) {

    /** One record's part in the grade: its points (0 where it doesn't count) and why. */
    public record Line(String recordId, String indicator, int points, String note) {
    }
}
