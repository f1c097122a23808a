package cn.yixin.api.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a bureau head reads (R-8.1, issue 15): warnings per month, key monitoring by kind, grades over time. */
public final class StatisticsViews {

    private StatisticsViews() {
    }

    /**
     * @param levels           the tenant's warning levels, most serious first
     * @param rules            the warning rules of the configuration in force
     * @param warningsByMonth  every month from {@code from} to {@code to}, empty months included
     * @param keyMonitoring    subjects under key monitoring now
     * @param grades           the grade distribution: each completed evaluation cycle, then the live grades today
     */
    @Serdeable
    public record Statistics(LocalDate from, LocalDate to, List<String> levels, List<Rule> rules,
                             List<Month> warningsByMonth, Map<String, Integer> warningsByLevel,
                             Map<String, Integer> warningsByRule, int warnings, Key keyMonitoring,
                             List<GradeSnapshot> grades) {
    }

    @Serdeable
    public record Rule(String code, String name, String level) {
    }

    /** Warnings raised in one month (Beijing time), by level and by rule code. */
    @Serdeable
    public record Month(String month, int total, Map<String, Integer> byLevel, Map<String, Integer> byRule) {
    }

    /**
     * @param byKind    subject kind → how many are under key monitoring
     * @param byWarning entered by a confirmed warning
     * @param byGrade   entered by a low grade (monitoring.keyByGrade)
     * @param reviewDue whose review date has come
     */
    @Serdeable
    public record Key(int total, Map<String, Integer> byKind, Map<String, String> kindNames, int byWarning,
                      int byGrade, int reviewDue) {
    }

    /**
     * One point of the grade distribution.
     *
     * @param year   the evaluation cycle's year; null for the live grades
     * @param asOf   the day the live grades are read; null for a cycle
     * @param total  grade → subjects, all kinds together
     * @param byKind kind → grade → subjects
     */
    @Serdeable
    public record GradeSnapshot(String label, @Nullable Integer year, @Nullable LocalDate asOf, Map<String, Long> total,
                                Map<String, Map<String, Long>> byKind) {
    }
}
