package cn.yixin.store;

import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.subject.Subject;

import java.util.List;

/**
 * Everything the evaluation cycle reads about one subject, from one query of its partition: the profile, the archive,
 * the facts and every result version (oldest first).
 */
public record SubjectSnapshot(Subject subject, List<ArchiveEntry> entries, SubjectFacts facts,
                              List<CycleResult> results) {
}
