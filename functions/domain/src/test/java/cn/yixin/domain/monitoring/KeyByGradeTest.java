package cn.yixin.domain.monitoring;

import cn.yixin.domain.SubjectKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entering and leaving key monitoring by a low grade (001 §32, R-8.1, issue 15). */
class KeyByGradeTest {

    private static final KeyByGrade RULE = new KeyByGrade(Set.of("D", "E"), Set.of(SubjectKind.DESIGNATED_HOSPITAL), "001 §32");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final SubjectKind H = SubjectKind.DESIGNATED_HOSPITAL;

    @Test
    @DisplayName("R-8.1: a move into D enters key monitoring from today with the grade as reason and a review date; back to C ends it by itself")
    void entersAndLeaves() {
        MonitoringStatus in = RULE.decide("S1", H, "C", "D", null, 90, TODAY, NOW);
        assertTrue(in.active());
        assertTrue(in.byGrade());
        assertEquals(TODAY, in.since());
        assertEquals(TODAY.plusDays(90), in.reviewOn());
        assertTrue(in.reason().contains("D") && in.reason().contains("001 §32"), in.reason());
        assertEquals("KEY_ENTERED", in.trail().get(0).action());
        assertEquals(KeyByGrade.SYSTEM, in.trail().get(0).by());
        assertNull(RULE.decide("S1", H, "D", "E", in, 90, TODAY, NOW), "D to E: still low, nothing changes");
        MonitoringStatus out = RULE.decide("S1", H, "E", "C", in, 90, TODAY.plusDays(10), NOW);
        assertFalse(out.active());
        assertEquals(TODAY.plusDays(10), out.endedOn());
        assertTrue(out.endReason().contains("C"), out.endReason());
        assertEquals(List.of("KEY_ENTERED", "KEY_ENDED"), out.trail().stream().map(Warning.Step::action).toList());
    }

    @Test
    @DisplayName("R-8.1: key monitoring from a confirmed warning is not ended by a grade; a decision's end is not undone while the grade stays low")
    void warningAndDecisionWin() {
        MonitoringStatus byWarning = MonitoringStatus.enterKey("S1", H, TODAY, "预警", "W1", 90,
                new Warning.Step("KEY_ENTERED", "u1", NOW, "确认"), null);
        assertNull(RULE.decide("S1", H, "D", "B", byWarning, 90, TODAY, NOW), "the warning is the cause");
        assertNull(RULE.decide("S1", H, "C", "D", byWarning, 90, TODAY, NOW), "already under key monitoring");
        MonitoringStatus in = RULE.decide("S1", H, "C", "D", null, 90, TODAY, NOW);
        MonitoringStatus ended = in.end(TODAY, "经复核解除", new Warning.Step("KEY_ENDED", "u1", NOW, "经复核解除"));
        assertNull(RULE.decide("S1", H, "D", "E", ended, 90, TODAY, NOW), "still low after a decision: stays ended");
        MonitoringStatus again = RULE.decide("S1", H, "C", "E", ended, 90, TODAY.plusDays(30), NOW);
        assertTrue(again.active(), "left the low grades and fell back: enters again");
        assertEquals(3, again.trail().size(), "the trail keeps the earlier period");
    }

    @Test
    @DisplayName("R-8.1: a kind the rule does not watch, or an unchanged grade, changes nothing")
    void notWatched() {
        assertNull(RULE.decide("S1", SubjectKind.DOCTOR, "C", "E", null, 90, TODAY, NOW));
        assertNull(RULE.decide("S1", H, "D", "D", null, 90, TODAY, NOW));
    }
}
