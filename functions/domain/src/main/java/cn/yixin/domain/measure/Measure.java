package cn.yixin.domain.measure;

import cn.yixin.domain.SubjectKind;

import java.util.Set;

/**
 * One entry of a published measure list (R-7.3, 004 §28): a punishment or incentive can only be applied if it is
 * one of these; there is no free-text punishment.
 *
 * @param tenant         the tenant whose file publishes it (a child inherits its parent's entries, R-7.3)
 * @param basis          the article that sets it, printed wherever it is applied
 * @param durationMonths null: lasts while its trigger holds; otherwise it also ends this many months after it started
 */
public record Measure(String code, String name, MeasureType type, MeasureList list, Set<SubjectKind> subjectKinds,
                      MeasureTrigger trigger, String basis, MeasureEffect effect, Integer durationMonths,
                      String tenant) {

    public Measure {
        subjectKinds = Set.copyOf(subjectKinds);
    }

    public boolean appliesTo(SubjectKind kind) {
        return subjectKinds.contains(kind);
    }
}
