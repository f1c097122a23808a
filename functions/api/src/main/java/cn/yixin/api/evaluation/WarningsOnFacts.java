package cn.yixin.api.evaluation;

import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.subject.Subject;

import java.util.List;

/**
 * The warnings a year's fund-expenditure fact raises (R-8.1, {@code fundExpenditureJump}), written in the facts'
 * own transaction. A port evaluation owns and monitoring implements ({@code cn.yixin.api.monitoring.WarningRaiser}),
 * so evaluation does not depend on monitoring.
 */
public interface WarningsOnFacts {

    /**
     * @param before the subject's facts as read before the write
     * @param fund   the year's expenditure being recorded
     */
    /** Whether a warning rule of the tenant watches the fund expenditure of subjects of this kind. */
    boolean watchesFund(ActiveConfig active, cn.yixin.domain.SubjectKind kind);

    List<Warning> raisedByFund(ActiveConfig active, Subject subject, SubjectFacts before, SubjectFacts.FundExpenditure fund);
}
