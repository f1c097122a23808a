package cn.yixin.api.objection;

import cn.yixin.domain.objection.Outcome;
import cn.yixin.store.ResultMark;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Until evaluation results are wired in (issue 3), there is no result to object to. */
@Singleton
@Secondary
public class NoResultDisputes implements ResultDisputes {

    @Override
    public Optional<DisputedResult> find(String tenantId, String subjectId, String resultId) {
        return Optional.empty();
    }

    @Override
    public Optional<ResultMark> markFor(String tenantId, String subjectId, String resultId, String caseId) {
        throw new IllegalStateException("no results side wired");
    }

    @Override
    public void clearObjection(String tenantId, String subjectId, String resultId, String caseId, Outcome outcome,
                               String reasonZh) {
        throw new IllegalStateException("no results side wired");
    }
}
