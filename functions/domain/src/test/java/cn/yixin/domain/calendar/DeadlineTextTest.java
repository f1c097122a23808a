package cn.yixin.domain.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadlineTextTest {

    @Test
    @DisplayName("12.7 one form for a last day: 截止 2026年12月16日（含当日） / by 16 December 2026 (inclusive)")
    void oneForm() {
        LocalDate d = LocalDate.of(2026, 12, 16);
        assertEquals("截止 2026年12月16日（含当日）", DeadlineText.zhLastDay(d));
        assertEquals("by 16 December 2026 (inclusive)", DeadlineText.enLastDay(d));
        assertEquals("至 2026年1月4日（含当日）", DeadlineText.zhThrough(LocalDate.of(2026, 1, 4)));
        assertEquals("through 4 January 2026 (inclusive)", DeadlineText.enThrough(LocalDate.of(2026, 1, 4)));
        assertEquals("", DeadlineText.zhDate(null));
    }
}
