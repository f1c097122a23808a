package cn.yixin.domain.scoring;

import cn.yixin.domain.tenant.ScoringMethod;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of evaluating one subject on one day under one configuration version (R-1.2: a result says which
 * version it used).
 *
 * @param score               null for SEVERITY_COUNT
 * @param lowestGradeOverride true when set the grade because the subject is on the serious-dishonesty list
 * @param generalActs         SEVERITY_COUNT only, else null
 * @param seriousActs         SEVERITY_COUNT only, else null
 * @param listed              a DISHONESTY_LIST record is in effect
 * @param clamped             the score hit the scheme's min or max, so contributions do not add up to it
 */
public record Evaluation(String scheme, ScoringMethod method, Integer score, String grade, String gradeName,
                         boolean lowestGradeOverride, int configVersion, LocalDate asOf,
                         List<Contribution> contributions, Integer generalActs, Integer seriousActs, boolean listed,
                         boolean clamped) {

    public Evaluation {
        contributions = List.copyOf(contributions);
    }
}
