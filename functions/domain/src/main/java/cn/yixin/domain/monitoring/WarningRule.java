package cn.yixin.domain.monitoring;

import cn.yixin.domain.SubjectKind;

import java.util.Set;

/**
 * One warning rule of a tenant, from {@code monitoring.rules} of its tenant file: a code, a Chinese
 * name, a level of the tenant's own scale, the subject kinds it watches, its condition and the article it follows.
 */
public record WarningRule(String code, String name, String level, Set<SubjectKind> subjectKinds,
                          WarningCondition condition, String basis) {

    public WarningRule {
        subjectKinds = Set.copyOf(subjectKinds);
    }

    public boolean watches(SubjectKind kind) {
        return subjectKinds.contains(kind);
    }
}
