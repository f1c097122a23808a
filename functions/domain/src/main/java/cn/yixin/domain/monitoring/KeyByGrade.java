package cn.yixin.domain.monitoring;

import cn.yixin.domain.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Key monitoring by a low grade (001 §32 "根据风险预警情况实施重点或一般监控", R-8.1, issue 15), from
 * {@code monitoring.keyByGrade} of the tenant file: a subject of a watched kind whose live grade moves into
 * {@code grades} enters key monitoring by itself, with a start, the grade as its reason and a review date; it leaves
 * by itself when its grade moves out of the set again (the cause has ended), or by decision like any key monitoring.
 *
 * <p>Only a <em>move</em> into the set enters: a subject whose key monitoring was ended by decision while its grade
 * stayed low is not put back by the next write that leaves the grade where it is (the bureau decided), but is when
 * the grade leaves the set and falls back into it. Key monitoring entered by a confirmed warning is never ended by a
 * grade: its cause is the warning, and it ends by decision.</p>
 */
public record KeyByGrade(Set<String> grades, Set<SubjectKind> subjectKinds, String basis) {

    /** The trail's actor for automatic steps (never a person). */
    public static final String SYSTEM = "system";

    public KeyByGrade {
        grades = Set.copyOf(grades);
        subjectKinds = Set.copyOf(subjectKinds);
    }

    public boolean watches(SubjectKind kind) {
        return subjectKinds.contains(kind);
    }

    /**
     * The monitoring row after a grade moved from {@code gradeBefore} to {@code gradeAfter}, or null when it does
     * not change.
     *
     * @param current the row as read (null: never under key monitoring)
     */
    public MonitoringStatus decide(String subjectId, SubjectKind kind, String gradeBefore, String gradeAfter,
                                   MonitoringStatus current, int reviewDays, LocalDate today, Instant now) {
        if (!watches(kind) || gradeAfter == null || gradeAfter.equals(gradeBefore)) {
            return null;
        }
        boolean lowAfter = grades.contains(gradeAfter);
        boolean lowBefore = gradeBefore != null && grades.contains(gradeBefore);
        boolean active = current != null && current.active();
        if (lowAfter && !lowBefore && !active) {
            String reason = "信用等级降至 " + gradeAfter + "（" + basis + "：低信用等级列为重点监控）";
            return MonitoringStatus.enterKey(subjectId, kind, today, reason, null, reviewDays,
                    new Warning.Step("KEY_ENTERED", SYSTEM, now, "信用等级由 " + gradeBefore + " 降至 "
                            + gradeAfter), current);
        }
        if (!lowAfter && active && current.byGrade()) {
            return current.end(today, "信用等级回升至 " + gradeAfter + "，低信用等级的原因消除",
                    new Warning.Step("KEY_ENDED", SYSTEM, now, "信用等级由 " + gradeBefore + " 回升至 "
                            + gradeAfter));
        }
        return null;
    }

    /** The grades a tenant's schemes must all know, for the parser's check. */
    static List<String> unknown(Set<String> grades, List<String> scale) {
        return grades.stream().filter(g -> !scale.contains(g)).sorted().toList();
    }
}
