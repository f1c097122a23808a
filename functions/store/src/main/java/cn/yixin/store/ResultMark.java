package cn.yixin.store;

import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.ResultStatus;

/**
 * The objection mark (异议标注, R-6.4) on the latest version of a cycle result, moved in the same transaction as the
 * objection case that causes it, so that a case never exists without its mark: the result goes from {@code from} to
 * {@code to} and carries {@code caseId}. The write is conditional on the result still being that latest version in
 * {@code from}; otherwise the whole transaction fails with {@link ConcurrentUpdate}.
 */
public record ResultMark(CycleResult result, ResultStatus from, ResultStatus to, String caseId) {
}
