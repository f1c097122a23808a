package cn.yixin.domain.evaluation;

import java.time.LocalDate;

/**
 * The facts one cycle's exclusion rules read.
 *
 * @param agreementStatus    null: not recorded (the subject is evaluated)
 * @param agreementEndedOn   null unless the agreement ended
 * @param fundExpenditureFen null: not reported for the period (evaluated: absence of a report is not "no expenditure")
 */
public record CycleFacts(AgreementStatus agreementStatus, LocalDate agreementEndedOn, Long fundExpenditureFen) {

    public static final CycleFacts NONE = new CycleFacts(null, null, null);
}
