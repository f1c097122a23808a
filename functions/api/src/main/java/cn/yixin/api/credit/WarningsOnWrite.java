package cn.yixin.api.credit;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.monitoring.WarningEvaluator;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;

import java.util.List;

/**
 * The warnings an archive write raises, kept in the write's own transaction. A port the archive owns and
 * monitoring implements ({@code cn.yixin.api.monitoring.WarningRaiser}), so credit does not depend on monitoring.
 */
public interface WarningsOnWrite {

    List<Warning> raisedBy(ActiveConfig active, Subject before, Standing after, List<CreditRecord> records,
                           CreditRecord added, WarningEvaluator.Event event);

    /**
     * Told after a write that moved the subject's live grade has committed (R-8.1, key monitoring by a low grade):
     * never fails the write, which is already stored.
     */
    default void gradeMoved(ActiveConfig active, Subject before, Subject after) {
    }
}
