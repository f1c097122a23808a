package cn.yixin.domain.monitoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raising once per rule and occurrence (R-8.1, issue 15). */
class WarningEvaluatorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final WarningRule THREE_IN_A_YEAR = new WarningRule("REPEATED", "一年内多次失信", "二级",
            Set.of(SubjectKind.DESIGNATED_HOSPITAL), new WarningCondition(ConditionKind.NEGATIVE_RECORDS, 3, 365,
            Set.of(InfoCategory.ADMINISTRATIVE), Set.of(Severity.GENERAL, Severity.SERIOUS), null, null, null), "001 §32");
    private static final WarningRule DROP = new WarningRule("DROP", "等级骤降", "一级", Set.of(SubjectKind.DESIGNATED_HOSPITAL),
            new WarningCondition(ConditionKind.GRADE_DROP, null, null, null, null, 2, null, null), "001 §32");
    private static final MonitoringPolicy POLICY = new MonitoringPolicy(List.of("一级", "二级", "三级"), 90,
            List.of(THREE_IN_A_YEAR, DROP));

    private static CreditRecord penalty(String id, LocalDate on, Severity severity) {
        return new CreditRecord(id, "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE, severity, null, "处罚", null,
                on, null, "BUREAU", "u", NOW, null, false);
    }

    private static List<Warning> write(List<CreditRecord> archive, CreditRecord added, List<Warning> existing) {
        List<CreditRecord> after = new ArrayList<>(archive);
        after.add(added);
        return WarningEvaluator.evaluate(POLICY, 7, new WarningEvaluator.Write("S1", SubjectKind.DESIGNATED_HOSPITAL,
                after, added, WarningEvaluator.Event.RECORDED, "B", 850, "B", 850, List.of("A", "B", "C", "D", "E"),
                existing), NOW);
    }

    @Test
    @DisplayName("R-8.1: a burst of four records under a three-in-a-year rule raises exactly one warning, citing the three, the rule and its version")
    void burstRaisesOnce() {
        List<CreditRecord> archive = new ArrayList<>();
        List<Warning> stored = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 5, 1);
        for (int i = 1; i <= 4; i++) {
            CreditRecord r = penalty("R" + i, day.plusDays(i), Severity.GENERAL);
            stored.addAll(write(archive, r, stored));
            archive.add(r);
        }
        assertEquals(1, stored.size(), stored.toString());
        Warning w = stored.get(0);
        assertEquals(List.of("R1", "R2", "R3"), w.recordIds());
        assertEquals("REPEATED", w.ruleCode());
        assertEquals(7, w.configVersion());
        assertEquals(1, w.levelRank());
        assertEquals(Warning.Status.OPEN, w.status());
        // Two more make three records not yet cited: the next occurrence.
        for (int i = 5; i <= 6; i++) {
            CreditRecord r = penalty("R" + i, day.plusDays(i), Severity.SERIOUS);
            stored.addAll(write(archive, r, stored));
            archive.add(r);
        }
        assertEquals(2, stored.size());
        assertEquals(List.of("R4", "R5", "R6"), stored.get(1).recordIds());
    }

    @Test
    @DisplayName("R-8.1: the same write evaluated again (a retry after a lost race) computes the same id and raises nothing new")
    void retryRaisesNone() {
        List<CreditRecord> archive = List.of(penalty("R1", LocalDate.of(2026, 5, 1), Severity.GENERAL),
                penalty("R2", LocalDate.of(2026, 5, 2), Severity.GENERAL));
        CreditRecord third = penalty("R3", LocalDate.of(2026, 5, 3), Severity.GENERAL);
        List<Warning> first = write(archive, third, List.of());
        assertEquals(1, first.size());
        List<Warning> again = write(archive, third, List.of());
        assertEquals(first.get(0).id(), again.get(0).id(), "deterministic id");
        assertTrue(write(archive, third, first).isEmpty(), "an id already stored is not raised again");
    }

    @Test
    @DisplayName("R-8.1: a late record dated before the others completes the occurrence (writes commit in any order)")
    void lateRecordCompletes() {
        List<CreditRecord> archive = List.of(penalty("R2", LocalDate.of(2026, 5, 2), Severity.GENERAL),
                penalty("R3", LocalDate.of(2026, 5, 3), Severity.GENERAL));
        List<Warning> raised = write(archive, penalty("R1", LocalDate.of(2026, 5, 1), Severity.GENERAL), List.of());
        assertEquals(1, raised.size());
        assertEquals(List.of("R1", "R2", "R3"), raised.get(0).recordIds());
    }

    @Test
    @DisplayName("R-8.1: records outside the rolling window, of another category or severity, or withdrawn do not count")
    void windowAndFilters() {
        List<CreditRecord> archive = new ArrayList<>(List.of(
                penalty("R1", LocalDate.of(2025, 1, 1), Severity.GENERAL),       // outside 365 days
                penalty("R2", LocalDate.of(2026, 5, 1), Severity.MINOR),         // severity not counted
                new CreditRecord("R3", "S1", InfoCategory.JUDICIAL, Polarity.NEGATIVE, Severity.SERIOUS, null, "判决",
                        null, LocalDate.of(2026, 5, 2), null, "BUREAU", "u", NOW, null, false),   // category not counted
                penalty("R4", LocalDate.of(2026, 5, 3), Severity.GENERAL),
                new CreditRecord("R5", "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE, Severity.GENERAL, null,
                        "撤销", null, LocalDate.of(2026, 5, 3), null, "BUREAU", "u", NOW, "R4", true)));  // withdraws R4
        assertTrue(write(archive, penalty("R6", LocalDate.of(2026, 5, 4), Severity.GENERAL), List.of()).isEmpty());
    }

    @Test
    @DisplayName("R-8.1: a grade drop of at least K steps raises once, citing the write; one step does not")
    void gradeDrop() {
        CreditRecord r = penalty("R9", LocalDate.of(2026, 5, 1), Severity.SERIOUS);
        var w = new WarningEvaluator.Write("S1", SubjectKind.DESIGNATED_HOSPITAL, List.of(r), r,
                WarningEvaluator.Event.RECORDED, "B", 850, "D", 650, List.of("A", "B", "C", "D", "E"), List.of());
        List<Warning> raised = WarningEvaluator.evaluate(POLICY, 1, w, NOW);
        assertEquals(1, raised.size());
        assertEquals("DROP", raised.get(0).ruleCode());
        assertEquals(List.of("R9"), raised.get(0).recordIds());
        var oneStep = new WarningEvaluator.Write("S1", SubjectKind.DESIGNATED_HOSPITAL, List.of(r), r,
                WarningEvaluator.Event.RECORDED, "B", 850, "C", 750, List.of("A", "B", "C", "D", "E"), List.of());
        assertTrue(WarningEvaluator.evaluate(POLICY, 1, oneStep, NOW).isEmpty());
    }

    @Test
    @DisplayName("R-8.1: a fund expenditure more than X % above the year before raises once per year; an unreported year raises nothing")
    void fundJump() {
        WarningRule jump = new WarningRule("JUMP", "支出异常", "三级", Set.of(SubjectKind.DESIGNATED_HOSPITAL),
                new WarningCondition(ConditionKind.FUND_EXPENDITURE_JUMP, null, null, null, null, null, null, 50), "001 §23");
        MonitoringPolicy p = new MonitoringPolicy(List.of("一级", "二级", "三级"), 90, List.of(jump));
        List<Warning> w = WarningEvaluator.fundJump(p, 1, "S1", SubjectKind.DESIGNATED_HOSPITAL, 2026, 151L, 100L, List.of(), NOW);
        assertEquals(1, w.size());
        assertTrue(WarningEvaluator.fundJump(p, 1, "S1", SubjectKind.DESIGNATED_HOSPITAL, 2026, 151L, 100L, w, NOW).isEmpty());
        assertTrue(WarningEvaluator.fundJump(p, 1, "S1", SubjectKind.DESIGNATED_HOSPITAL, 2026, 150L, 100L, List.of(), NOW).isEmpty());
        assertTrue(WarningEvaluator.fundJump(p, 1, "S1", SubjectKind.DESIGNATED_HOSPITAL, 2026, 900L, null, List.of(), NOW).isEmpty());
    }

    @Test
    @DisplayName("R-8.1/R-11.1: a year's points at or above N raise once per ledger, rule and year; below N, another kind or a stored id raise nothing; the next year raises again")
    void eligibilityPoints() {
        WarningRule six = new WarningRule("POINTS", "记分达到预警线", "二级", Set.of(SubjectKind.DOCTOR),
                new WarningCondition(ConditionKind.ELIGIBILITY_POINTS, 6, null, null, null, null, null, null), "医保发〔2024〕23号");
        MonitoringPolicy p = new MonitoringPolicy(List.of("一级", "二级", "三级"), 90, List.of(six));
        assertTrue(WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.DOCTOR, "L1", 2026, 5, List.of(), NOW).isEmpty());
        List<Warning> w = WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.DOCTOR, "L1", 2026, 6, List.of(), NOW);
        assertEquals(1, w.size());
        assertEquals("S1", w.get(0).subjectId());
        assertEquals(1, w.get(0).levelRank());
        assertEquals(w.get(0).id(), WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.DOCTOR, "L1", 2026, 9, List.of(), NOW)
                .get(0).id(), "the id depends on the ledger, rule and year, not the points");
        assertTrue(WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.DOCTOR, "L1", 2026, 7, w, NOW).isEmpty());
        assertTrue(WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.NURSE, "L1", 2026, 7, List.of(), NOW).isEmpty());
        assertEquals(1, WarningEvaluator.eligibilityPoints(p, 1, "S1", SubjectKind.DOCTOR, "L1", 2027, 6, w, NOW).size());
    }
}
