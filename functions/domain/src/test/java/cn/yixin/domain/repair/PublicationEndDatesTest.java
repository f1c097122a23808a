package cn.yixin.domain.repair;

import cn.yixin.domain.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** from a day back to the penalty dates whose maximum publication period ends that day. */
class PublicationEndDatesTest {

    @Test
    @DisplayName("R-11.2 month ends: 28–30 November 2025 + 3 months all end on 28 February 2026")
    void monthEnds() {
        Set<LocalDate> dates = Publication.penaltyDatesEndingOn(LocalDate.of(2026, 2, 28), RepairPolicy.DEFAULT);
        assertEquals(new TreeSet<>(Set.of(
                        LocalDate.of(2025, 11, 28), LocalDate.of(2025, 11, 29), LocalDate.of(2025, 11, 30), // 3 months
                        LocalDate.of(2025, 2, 28),                                                          // 12 months
                        LocalDate.of(2023, 2, 28))),                                                        // 36 months
                dates);
    }

    @Test
    @DisplayName("R-11.2 every penalty date of 2024–2027 is found again from its maximum end, under two policies")
    void everyPenaltyDateIsFound() {
        RepairPolicy other = new RepairPolicy(Map.of(Severity.MINOR, 0, Severity.GENERAL, 1, Severity.SERIOUS, 6),
                Map.of(Severity.MINOR, 1, Severity.GENERAL, 7, Severity.SERIOUS, 25), 0);
        for (RepairPolicy policy : new RepairPolicy[]{RepairPolicy.DEFAULT, other}) {
            for (LocalDate p = LocalDate.of(2024, 1, 1); p.isBefore(LocalDate.of(2028, 1, 1)); p = p.plusDays(1)) {
                for (Severity s : Severity.values()) {
                    LocalDate end = p.plusMonths(policy.maxMonths(s));
                    assertTrue(Publication.penaltyDatesEndingOn(end, policy).contains(p), p + " " + s + " " + end);
                }
            }
        }
    }

    @Test
    @DisplayName("R-11.2 no false candidates: each date returned does end on the day under some severity")
    void onlyTrueCandidates() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (LocalDate p : Publication.penaltyDatesEndingOn(day, RepairPolicy.DEFAULT)) {
                LocalDate d = day;
                assertTrue(java.util.Arrays.stream(Severity.values())
                        .anyMatch(s -> p.plusMonths(RepairPolicy.DEFAULT.maxMonths(s)).equals(d)), p + " for " + day);
            }
        }
    }
}
