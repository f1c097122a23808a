package cn.yixin.domain.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject's current live grade and why (R-5.1–5.4): the score (null where the scheme has none), the grade,
 * the configuration version that produced it, and every record's contribution.
 *
 * @param changesOn the next days after {@code asOf} on which it changes by date alone (issue 12.2: a record's
 *                  effective period, a severity-count window end); the daily sweep re-grades the subject then
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
        List<Line> explanation,
        List<LocalDate> changesOn) {

    public Standing {
        changesOn = changesOn == null ? List.of() : List.copyOf(changesOn);
    }

    /**
     * One record's part in the grade: its points (0 where it doesn't count) and why, and the Chinese name of what
     * counted it (issue 12.9: the item's name, or the kind of act under a severity-count scheme; null if nothing did).
     */
    public record Line(String recordId, String indicator, int points, String note, String indicatorName) {
    }
}
