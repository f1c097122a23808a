package cn.yixin.domain.monitoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.repair.RepairEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same violation repeated after a repair (R-8.1, R-9.4, issue 15). */
class RepeatAfterRepairTest {

    private static final Instant REPAIRED_AT = Instant.parse("2026-03-01T02:00:00Z");   // 2026-03-01 in China
    private static final WarningRule REPEAT = new WarningRule("REPEAT_AFTER_REPAIR", "修复后再次失信", "一级",
            Set.of(SubjectKind.DESIGNATED_HOSPITAL), new WarningCondition(ConditionKind.REPEAT_AFTER_REPAIR, null, 365,
            Set.of(InfoCategory.ADMINISTRATIVE, InfoCategory.AGREEMENT_PERFORMANCE), null, null, null, null), "001 §32");
    private static final MonitoringPolicy POLICY = new MonitoringPolicy(List.of("一级", "二级"), 90, List.of(REPEAT));

    private static CreditRecord record(String id, InfoCategory category, String indicator, LocalDate on) {
        return new CreditRecord(id, "S1", category, Polarity.NEGATIVE, Severity.GENERAL, indicator, "处罚", null, on,
                null, "BUREAU", "u", Instant.parse("2026-01-10T02:00:00Z"), null, false);
    }

    /** The repaired copy as CreditRepairs writes it at execution. */
    private static CreditRecord repaired(CreditRecord original, String id) {
        return RepairEffect.repairedCopy(original, id, LocalDate.of(2026, 2, 28), "南医保修〔2026〕1号", "u", REPAIRED_AT);
    }

    private static List<Warning> write(List<CreditRecord> archive, CreditRecord added, List<Warning> existing) {
        List<CreditRecord> after = new ArrayList<>(archive);
        after.add(added);
        return WarningEvaluator.evaluate(POLICY, 3, new WarningEvaluator.Write("S1", SubjectKind.DESIGNATED_HOSPITAL,
                after, added, WarningEvaluator.Event.RECORDED, "B", 850, "C", 700, List.of("A", "B", "C", "D"),
                existing), REPAIRED_AT.plusSeconds(86_400 * 30));
    }

    @Test
    @DisplayName("R-8.1/R-9.4: a record of the same indicator within the window after a repair raises once, citing the repaired and the new record")
    void sameIndicatorRaisesOnce() {
        CreditRecord first = record("R1", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL", LocalDate.of(2026, 1, 5));
        List<CreditRecord> archive = new ArrayList<>(List.of(first, repaired(first, "RR1")));
        CreditRecord again = record("R2", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL", LocalDate.of(2026, 6, 1));
        List<Warning> raised = write(archive, again, List.of());
        assertEquals(1, raised.size(), raised.toString());
        assertEquals(List.of("R1", "R2"), raised.get(0).recordIds());
        assertEquals("REPEAT_AFTER_REPAIR", raised.get(0).ruleCode());
        assertEquals(3, raised.get(0).configVersion());
        assertTrue(raised.get(0).reasonZh().contains("365"), raised.get(0).reasonZh());
        assertTrue(write(archive, again, raised).isEmpty(), "the same occurrence again (a retry) raises none");
    }

    @Test
    @DisplayName("R-8.1/R-9.4: another indicator, a record before the repair, after the window, a correction or no repair at all raise nothing")
    void notARepeat() {
        CreditRecord first = record("R1", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL", LocalDate.of(2026, 1, 5));
        List<CreditRecord> archive = new ArrayList<>(List.of(first, repaired(first, "RR1")));
        assertTrue(write(archive, record("R2", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_SERIOUS",
                LocalDate.of(2026, 6, 1)), List.of()).isEmpty(), "another indicator");
        assertTrue(write(archive, record("R3", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL",
                LocalDate.of(2026, 2, 27)), List.of()).isEmpty(), "dated before the repair");
        assertTrue(write(archive, record("R4", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL",
                LocalDate.of(2027, 3, 2)), List.of()).isEmpty(), "366 days after the repair");
        assertEquals(1, write(archive, record("R4b", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL",
                LocalDate.of(2027, 3, 1)), List.of()).size(), "365 days after the repair is still inside");
        CreditRecord correction = new CreditRecord("R5", "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE,
                Severity.GENERAL, "ADMIN_PENALTY_GENERAL", "更正", null, LocalDate.of(2026, 6, 1), null, "BUREAU", "u",
                REPAIRED_AT, "R9", false);
        assertTrue(write(archive, correction, List.of()).isEmpty(), "a correction is not a new violation");
        assertTrue(write(List.of(first), record("R6", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL",
                LocalDate.of(2026, 6, 1)), List.of()).isEmpty(), "never repaired: not a repeat after a repair");
        assertTrue(write(archive, repaired(record("R7", InfoCategory.ADMINISTRATIVE, "ADMIN_PENALTY_GENERAL",
                LocalDate.of(2026, 2, 1)), "RR7"), List.of()).isEmpty(), "a repair entry itself raises nothing");
    }

    @Test
    @DisplayName("R-8.1/R-9.4: without indicators the same category is the same violation; a category the rule leaves out raises nothing")
    void byCategory() {
        CreditRecord first = record("R1", InfoCategory.AGREEMENT_PERFORMANCE, null, LocalDate.of(2026, 1, 5));
        List<CreditRecord> archive = new ArrayList<>(List.of(first, repaired(first, "RR1")));
        assertEquals(1, write(archive, record("R2", InfoCategory.AGREEMENT_PERFORMANCE, null, LocalDate.of(2026, 4, 1)),
                List.of()).size());
        assertTrue(write(archive, record("R3", InfoCategory.ADMINISTRATIVE, null, LocalDate.of(2026, 4, 1)),
                List.of()).isEmpty(), "another category");
        CreditRecord judicial = record("J1", InfoCategory.JUDICIAL, null, LocalDate.of(2026, 1, 5));
        List<CreditRecord> other = new ArrayList<>(List.of(judicial, repaired(judicial, "RRJ")));
        assertTrue(write(other, record("J2", InfoCategory.JUDICIAL, null, LocalDate.of(2026, 4, 1)), List.of()).isEmpty(),
                "a category the rule does not watch");
    }
}
