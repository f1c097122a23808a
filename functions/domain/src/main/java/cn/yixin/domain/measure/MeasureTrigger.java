package cn.yixin.domain.measure;

import java.util.List;

/**
 * When a measure applies: the subject's grade (or class) is one of {@code grades}, or the subject is on the
 * serious-dishonesty list ({@code listed}). An incentive may also require that the subject has no dishonest act in
 * the period ({@code noDishonestActInPeriod}, 004 §25: "A、B 等级且不存在失信行为").
 */
public record MeasureTrigger(List<String> grades, boolean listed, boolean noDishonestActInPeriod) {

    public MeasureTrigger {
        grades = grades == null ? List.of() : List.copyOf(grades);
    }

    /** Whether the trigger holds for a subject in this state. */
    public boolean holds(String grade, boolean onSeriousDishonestyList, boolean dishonestActInPeriod) {
        if (listed) {
            return onSeriousDishonestyList;
        }
        if (noDishonestActInPeriod && dishonestActInPeriod) {
            return false;
        }
        return grade != null && grades.contains(grade);
    }
}
