package cn.yixin.store;

import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.Inspector;

import java.util.List;
import java.util.Optional;

/** Random inspections: the inspector roster, plans, draws with their inputs, and check outcomes. */
public interface InspectionRepository {

    /** Puts a new inspector; {@link ConcurrentUpdate} if the id is taken. */
    void registerInspector(String tenantId, Inspector inspector, IdempotentResponse response);

    List<Inspector> roster(String tenantId);

    void createPlan(String tenantId, InspectionPlan plan, IdempotentResponse response);

    Optional<InspectionPlan> plan(String tenantId, String planId);

    List<InspectionPlan> plans(String tenantId);

    /**
     * Stores a draw with its inputs in one transaction, with the plan moved from {@code before} (its draw list
     * exactly as read) to {@code after}: of two draws of one plan at once, one is stored and the other fails with
     * {@link ConcurrentUpdate}; nothing of the loser is written.
     */
    void storeDraw(String tenantId, InspectionPlan before, InspectionPlan after, InspectionDraw draw,
                   IdempotentResponse response);

    /** The draw, with its population only when {@code withPopulation} (a draw's population can be large). */
    Optional<InspectionDraw> draw(String tenantId, String drawId, boolean withPopulation);

    List<CheckOutcome> outcomes(String tenantId, String drawId);

    /** Records a check's outcome once; {@link ConcurrentUpdate} if it was already recorded. */
    void recordOutcome(String tenantId, CheckOutcome outcome, IdempotentResponse response);
}
