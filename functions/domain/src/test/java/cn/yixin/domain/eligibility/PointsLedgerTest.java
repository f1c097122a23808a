package cn.yixin.domain.eligibility;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine of the payment-eligibility points (R-11.1) on its own. */
class PointsLedgerTest {

    private static final EligibilityPolicy POLICY = new EligibilityPolicy("test", 3, 6, 4, List.of(
            new CatalogueItem("FRAUD", "欺诈骗保", "x", Map.of(Responsibility.PRINCIPAL, PointBand.B10_12,
                    Responsibility.GENERAL, PointBand.B4_6))));

    private static int serial;

    private static PointsAct act(int points, LocalDate on) {
        return new PointsAct("A" + (++serial), "FRAUD", "欺诈骗保", Responsibility.PRINCIPAL, points, on.minusDays(5), on,
                new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "罚" + serial, on, "局"), null, null, "u",
                Instant.EPOCH, null);
    }

    private static PointsLedger ledger(PointsAct... acts) {
        PointsLedger l = PointsLedger.open("P1", "h", "s", "m");
        for (PointsAct a : acts) {
            l = l.with(a);
        }
        return l;
    }

    @Test
    @DisplayName("R-11.1: 9 points in a year suspend for the tenant's months from the day scored; the day after, NORMAL again")
    void nineSuspends() {
        LocalDate d = LocalDate.of(2026, 3, 10);
        PointsLedger l = ledger(act(4, d), act(5, d.plusDays(2)));
        EligibilityStatus s = l.status(POLICY, d.plusDays(2));
        assertEquals(EligibilityState.SUSPENDED, s.state());
        assertEquals(d.plusDays(2), s.since());
        assertEquals(d.plusDays(2).plusMonths(3).minusDays(1), s.until());
        assertEquals(9, s.yearPoints());
        assertEquals(EligibilityState.NORMAL, l.status(POLICY, s.until().plusDays(1)).state());
        assertEquals(EligibilityState.SUSPENDED, l.status(POLICY, s.until()).state());
        assertTrue(s.dueAfter(d.plusDays(2)).contains(s.until().plusDays(1)));
    }

    @Test
    @DisplayName("R-11.1: 12 in one act terminates with a 3-year bar; 12 cumulative with a 1-year bar")
    void twelveTerminates() {
        LocalDate d = LocalDate.of(2026, 2, 1);
        EligibilityStatus single = ledger(act(12, d)).status(POLICY, d);
        assertEquals(EligibilityState.TERMINATED, single.state());
        assertEquals(d.plusYears(3).minusDays(1), single.until());
        EligibilityStatus cumulative = ledger(act(6, d), act(6, d.plusDays(1))).status(POLICY, d.plusDays(1));
        assertEquals(EligibilityState.TERMINATED, cumulative.state());
        assertEquals(d.plusDays(1).plusYears(1).minusDays(1), cumulative.until());
    }

    @Test
    @DisplayName("R-11.1: points reset on 1 January; the interview threshold flags 6; reductions at most 4 a year")
    void yearlyResetInterviewReductions() {
        LocalDate d = LocalDate.of(2025, 12, 20);
        PointsLedger l = ledger(act(6, d), act(2, LocalDate.of(2026, 1, 2)));
        assertTrue(l.status(POLICY, d).interviewDue());
        EligibilityStatus jan = l.status(POLICY, LocalDate.of(2026, 1, 5));
        assertEquals(2, jan.yearPoints());
        assertEquals(EligibilityState.NORMAL, jan.state());
        assertTrue(jan.transitions().stream().anyMatch(t -> t.kind().equals("RESET") && t.on().equals(LocalDate.of(2026, 1, 1))));
        PointsLedger reduced = ledger(act(8, LocalDate.of(2026, 3, 1)));
        for (int i = 0; i < 6; i++) {
            reduced = reduced.with(new PointsReduction("R" + i, LocalDate.of(2026, 4, 1 + i), "培训", "u", Instant.EPOCH));
        }
        assertEquals(4, reduced.status(POLICY, LocalDate.of(2026, 5, 1)).yearPoints());
    }

    @Test
    @DisplayName("R-11.1: a withdrawn act restores the points and the state at once")
    void withdrawalRestores() {
        LocalDate d = LocalDate.of(2026, 3, 10);
        PointsAct big = act(12, d);
        PointsLedger l = ledger(big);
        assertEquals(EligibilityState.TERMINATED, l.status(POLICY, d).state());
        PointsLedger w = l.withdraw(big.actId(), new PointsAct.Withdrawal(d, "r", "异议成立", "OBJ1"));
        EligibilityStatus after = w.status(POLICY, d);
        assertEquals(EligibilityState.NORMAL, after.state());
        assertEquals(0, after.yearPoints());
        assertThrows(DomainException.class, () -> w.withdraw(big.actId(), new PointsAct.Withdrawal(d, "r", "x", null)));
    }

    @Test
    @DisplayName("R-11.1: points outside 1-12 and outside the catalogue item's band are refused, naming the field")
    void bands() {
        DomainException out = assertThrows(DomainException.class, () -> POLICY.requireFits("FRAUD", Responsibility.PRINCIPAL, 13));
        assertEquals("POINTS_OUT_OF_RANGE", out.code());
        DomainException band = assertThrows(DomainException.class, () -> POLICY.requireFits("FRAUD", Responsibility.PRINCIPAL, 9));
        assertEquals("POINTS_OUTSIDE_BAND", band.code());
        assertEquals("points", band.details().get("field"));
        assertEquals("RESPONSIBILITY_NOT_IN_CATALOGUE",
                assertThrows(DomainException.class, () -> POLICY.requireFits("FRAUD", Responsibility.IMPORTANT, 8)).code());
        assertFalse(POLICY.requireFits("FRAUD", Responsibility.GENERAL, 5) == null);
    }
}
