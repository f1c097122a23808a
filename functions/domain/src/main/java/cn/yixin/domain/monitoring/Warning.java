package cn.yixin.domain.monitoring;

import cn.yixin.domain.SubjectKind;

import java.time.Instant;
import java.util.List;

/**
 * A raised warning: which rule of which configuration version raised it, on which subject, citing which
 * records, and where its review stands. Its id is derived from the rule and the occurrence (the records or the
 * write that met the condition), so the same occurrence can never raise it twice.
 *
 * @param recordIds  the archive entries that met the condition (empty for a fund-expenditure jump)
 * @param reasonZh   why, in Chinese, without any personal identifier
 * @param trail      every step of its life, oldest first (raised, confirmed or dismissed)
 * @param measure    on a confirmed warning, the punishment measure from the lists the confirmation applies (R-7.3,
 *                   issue 15); null when none was named
 */
public record Warning(String id, String subjectId, SubjectKind subjectKind, String ruleCode, String ruleName,
                      String level, int levelRank, int configVersion, List<String> recordIds, String reasonZh,
                      Status status, Instant raisedAt, List<Step> trail, Measure measure) {

    public Warning {
        recordIds = List.copyOf(recordIds);
        trail = List.copyOf(trail);
    }

    /** A warning without a measure (every warning until it is confirmed with one). */
    public Warning(String id, String subjectId, SubjectKind subjectKind, String ruleCode, String ruleName,
                   String level, int levelRank, int configVersion, List<String> recordIds, String reasonZh,
                   Status status, Instant raisedAt, List<Step> trail) {
        this(id, subjectId, subjectKind, ruleCode, ruleName, level, levelRank, configVersion, recordIds, reasonZh,
                status, raisedAt, trail, null);
    }

    /** The measure from the lists a confirmation applies: its code, Chinese name and the article it follows. */
    public record Measure(String code, String name, String basis) {
    }

    /** This warning confirmed with {@code m} (the caller checked it is a punishment in force for the kind). */
    public Warning withMeasure(Measure m) {
        return new Warning(id, subjectId, subjectKind, ruleCode, ruleName, level, levelRank, configVersion, recordIds,
                reasonZh, status, raisedAt, trail, m);
    }

    public enum Status { OPEN, CONFIRMED, DISMISSED }

    /** One audited step: what was done, by whom (a user id, never a name), when and why. */
    public record Step(String action, String by, Instant at, String reasons) {
    }

    public Warning reviewed(Status outcome, String by, Instant at, String reasons) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("warning " + id + " is already " + status);
        }
        List<Step> steps = new java.util.ArrayList<>(trail);
        steps.add(new Step(outcome.name(), by, at, reasons));
        return new Warning(id, subjectId, subjectKind, ruleCode, ruleName, level, levelRank, configVersion, recordIds,
                reasonZh, outcome, raisedAt, steps, measure);
    }
}
