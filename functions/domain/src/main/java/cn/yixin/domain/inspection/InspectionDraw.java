package cn.yixin.domain.inspection;

import cn.yixin.domain.SubjectKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored draw: the plan's terms it was drawn under, the algorithm's result, and its recorded inputs
 * (population and roster as they were), so it can be recomputed and checked against its hashes at any time.
 *
 * @param previousDrawId the draw this one replaces (a redraw, with {@code reason}); null for a plan's first draw
 * @param subjects       kind and public name (institutions only; individuals are never named in public) of each
 *                       drawn subject
 * @param population     the candidates as drawn; empty when read without inputs
 */
public record InspectionDraw(String drawId, String planId, String by, Instant at, String reason,
                             String previousDrawId, BigDecimal basePercent, int inspectorsPerCheck,
                             List<SubjectKind> subjectKinds, RandomDraw.Result result,
                             Map<String, DrawnSubject> subjects, List<RandomDraw.Candidate> population,
                             List<RandomDraw.RosterEntry> roster) {

    public InspectionDraw {
        subjectKinds = List.copyOf(subjectKinds);
        subjects = Map.copyOf(subjects);
        population = List.copyOf(population);
        roster = List.copyOf(roster);
    }

    /** @param publicName the name published with the check (一公开), null for an individual */
    public record DrawnSubject(SubjectKind kind, String publicName) {
    }

    public boolean drew(String subjectId) {
        return result.checks().stream().anyMatch(c -> c.subjectId().equals(subjectId));
    }
}
