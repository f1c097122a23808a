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
 */
public record Warning(String id, String subjectId, SubjectKind subjectKind, String ruleCode, String ruleName,
                      String level, int levelRank, int configVersion, List<String> recordIds, String reasonZh,
                      Status status, Instant raisedAt, List<Step> trail) {

    public Warning {
        recordIds = List.copyOf(recordIds);
        trail = List.copyOf(trail);
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
                reasonZh, outcome, raisedAt, steps);
    }
}
