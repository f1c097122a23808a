package cn.yixin.domain.inspection;

import cn.yixin.domain.SubjectKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A random inspection plan (双随机、一公开, R-7.2, 004 §25(二), 001 §28): which subject kinds are inspected in which
 * period at which base sampling ratio, and how many inspectors go to each check. A plan is drawn once; a redraw is a
 * new draw with its reason, and every draw stays in {@code draws} (the audit trail: who, when, why).
 *
 * @param basePercent the plan's base sampling ratio, a percentage from 0 to 100; grades move it per the measure lists
 * @param draws       every draw of the plan, oldest first; the last one is in force
 */
public record InspectionPlan(String id, String name, List<SubjectKind> subjectKinds, LocalDate periodFrom,
                             LocalDate periodTo, BigDecimal basePercent, int inspectorsPerCheck, String createdBy,
                             Instant createdAt, List<DrawRef> draws) {

    public InspectionPlan {
        subjectKinds = List.copyOf(subjectKinds);
        draws = List.copyOf(draws);
    }

    /** One draw of the plan: the first has no reason; a redraw says why. */
    public record DrawRef(String drawId, String by, Instant at, String reason) {
    }

    public DrawRef current() {
        return draws.isEmpty() ? null : draws.get(draws.size() - 1);
    }

    public InspectionPlan withDraw(DrawRef draw) {
        List<DrawRef> next = new ArrayList<>(draws);
        next.add(draw);
        return new InspectionPlan(id, name, subjectKinds, periodFrom, periodTo, basePercent, inspectorsPerCheck,
                createdBy, createdAt, next);
    }
}
