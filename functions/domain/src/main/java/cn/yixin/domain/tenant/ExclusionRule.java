package cn.yixin.domain.tenant;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.Exclusion;

import java.util.Set;

/**
 * One "not evaluated in a cycle" rule of a tenant, from {@code evaluation.exclusions} of its tenant file: which
 * case, the article of the tenant's own source document that sets it, and the kinds it concerns. A tenant whose
 * documents set no such rule has none (issue 12.3: Nanchuan's 001 §23 is not Guangdong's).
 */
public record ExclusionRule(Exclusion rule, String basis, Set<SubjectKind> subjectKinds) {

    public ExclusionRule {
        subjectKinds = Set.copyOf(subjectKinds);
    }

    public boolean concerns(SubjectKind kind) {
        return subjectKinds.contains(kind);
    }
}
