package cn.yixin.domain.monitoring;

import cn.yixin.domain.SubjectKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A subject's monitoring level (001 §32, R-8.1): every subject is under general monitoring (一般监控); one that
 * entered key monitoring (重点监控) has a start, a reason, the warning that brought it there, and a review date, and
 * leaves by decision (an end with its reason). Every step is kept in {@code trail}.
 */
public record MonitoringStatus(String subjectId, SubjectKind subjectKind, Level level, LocalDate since, String reason,
                               String warningId, LocalDate reviewOn, LocalDate endedOn, String endReason,
                               List<Warning.Step> trail) {

    public MonitoringStatus {
        trail = List.copyOf(trail);
    }

    public enum Level {
        KEY("重点监控"), GENERAL("一般监控");

        private final String nameZh;

        Level(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    public boolean active() {
        return level == Level.KEY && endedOn == null;
    }

    /** Entered by a low grade ({@link KeyByGrade}) rather than a confirmed warning: no warning is its reason. */
    public boolean byGrade() {
        return warningId == null;
    }

    /** Enters key monitoring from a confirmed warning, to be reviewed {@code reviewDays} later. */
    public static MonitoringStatus enterKey(String subjectId, SubjectKind kind, LocalDate today, String reason,
                                            String warningId, int reviewDays, Warning.Step step, MonitoringStatus before) {
        List<Warning.Step> trail = new ArrayList<>(before == null ? List.of() : before.trail());
        trail.add(step);
        return new MonitoringStatus(subjectId, kind, Level.KEY, today, reason, warningId, today.plusDays(reviewDays),
                null, null, trail);
    }

    /** Leaves key monitoring by decision; back to general monitoring. */
    public MonitoringStatus end(LocalDate today, String reasons, Warning.Step step) {
        List<Warning.Step> steps = new ArrayList<>(trail);
        steps.add(step);
        return new MonitoringStatus(subjectId, subjectKind, Level.GENERAL, since, reason, warningId, reviewOn, today,
                reasons, steps);
    }
}
