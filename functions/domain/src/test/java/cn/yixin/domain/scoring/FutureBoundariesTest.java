package cn.yixin.domain.scoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** the days a record starts or stops counting after it was recorded, which the daily re-grade must visit. */
class FutureBoundariesTest {

    /** 2026-03-02 10:00 in Beijing is 02:00 UTC. */
    static final Instant RECORDED = Instant.parse("2026-03-02T02:00:00Z");

    static CreditRecord record(LocalDate from, LocalDate to, boolean voided) {
        return new CreditRecord("R1", "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE, Severity.GENERAL, null,
                "违规", null, from, to, "BUREAU", "u", RECORDED, voided ? "R0" : null, voided);
    }

    @Test
    @DisplayName("R-3.3 a future start and the day after the end are boundaries; days up to the recording day are not")
    void boundaries() {
        LocalDate recorded = LocalDate.of(2026, 3, 2);
        assertEquals(List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 1)),
                record(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 31), false).futureBoundaries());
        assertEquals(List.of(LocalDate.of(2026, 6, 1)),
                record(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31), false).futureBoundaries());
        assertEquals(List.of(), record(recorded, null, false).futureBoundaries(), "in effect at once, open-ended");
        assertEquals(List.of(), record(LocalDate.of(2025, 1, 1), recorded.minusDays(1), false).futureBoundaries(),
                "already over when recorded: counted (as not counting) at write time");
        assertEquals(List.of(recorded.plusDays(1)), record(LocalDate.of(2025, 1, 1), recorded, false)
                .futureBoundaries(), "ends on the recording day: stops counting the next day");
        assertEquals(List.of(), record(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 31), true).futureBoundaries(),
                "a withdrawal never counts");
        assertEquals(List.of(LocalDate.of(2026, 3, 10)),
                record(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), false).futureBoundaries(),
                "a period ending before it starts gives its day once (one row per day and record)");
    }

    @Test
    @DisplayName("R-3.3 the recording day is Beijing's: 23:30 UTC on 1 March is already 2 March in China")
    void recordingDayIsChinas() {
        CreditRecord late = new CreditRecord("R2", "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE,
                Severity.GENERAL, null, "违规", null, LocalDate.of(2026, 3, 2), null, "BUREAU", "u",
                Instant.parse("2026-03-01T23:30:00Z"), null, false);
        assertEquals(LocalDate.of(2026, 3, 2), late.recordedDay());
        assertEquals(List.of(), late.futureBoundaries(), "starts on its own recording day");
    }
}
