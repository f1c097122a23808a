package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.Subject;

import java.util.List;

/**
 * Every registered subject of some kinds with its live standing, read in bulk (the kind index, then batched reads of
 * the profiles): what a random inspection draws from and what a bureau's "who is under this measure" list is
 * derived from.
 */
public interface SubjectStandings {

    List<Subject> ofKinds(String tenantId, List<SubjectKind> kinds);
}
