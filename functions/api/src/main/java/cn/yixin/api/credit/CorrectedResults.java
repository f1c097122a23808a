package cn.yixin.api.credit;

import cn.yixin.domain.evaluation.CycleResult;

import java.util.Optional;

/**
 * after a correction the subject's published cycle result is revised when it changes. A port the credit
 * feature owns and the evaluation feature implements ({@code evaluation.ResultRevision}), so credit does not depend
 * on evaluation (docs/architecture.md, dependency rules).
 */
public interface CorrectedResults {

    /** A new result version when the correction of {@code recordId} changes the subject's result, with the reason. */
    Optional<CycleResult> afterCorrection(String tenantId, String subjectId, String recordId, String reason);
}
