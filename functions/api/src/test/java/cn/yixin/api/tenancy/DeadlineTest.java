package cn.yixin.api.tenancy;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * through the API: each tenant's window counted on the 2026 calendar. Expected dates worked out by
 * hand from HOLIDAYS.md.
 */
class DeadlineTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    private static String due(String tenant, String from, String timeline) {
        Response r = api.get("/calendar/deadlines?from=" + from + "&timeline=" + timeline,
                TestIdentity.bureau(tenant, "bureau_reviewer"));
        assertEquals(200, r.status(), r::toString);
        return r.str("due");
    }

    @Test
    @DisplayName("R-6.2 Shenzhen, 5 working days across National Day 2026: notice 09-30 -> 10-13 (10-10 Sat is a make-up workday)")
    void shenzhenAcrossNationalDay() {
        // 10-01..10-07 off; 10-08 Thu, 10-09 Fri, 10-10 Sat (WORK), 10-11 Sun, 10-12 Mon, 10-13 Tue.
        assertEquals("2026-10-13", due("440300", "2026-09-30", "OBJECTION_FILING"));
    }

    @Test
    @DisplayName("R-6.2 Nanchuan, 10 working days across the 2026 Spring Festival: notice 02-12 -> 03-04")
    void nanchuanAcrossSpringFestival() {
        // 02-13 Fri(1), 02-14 Sat WORK(2), 02-15..02-23 off, 02-24(3) 25(4) 26(5) 27(6), 02-28 Sat WORK(7),
        // 03-02(8) 03-03(9) 03-04(10).
        assertEquals("2026-03-04", due("500119", "2026-02-12", "OBJECTION_FILING"));
    }

    @Test
    @DisplayName("R-6.3 Nanchuan, 15 working days to decide, from 09-18 across the 09-20 make-up day and Mid-Autumn")
    void nanchuanDecisionAcrossMidAutumnAndNationalDay() {
        // 09-21..09-24 (4) + 09-20 Sun WORK (1) = 5 by 09-24; 09-25..09-27 off; 09-28(6) 29(7) 30(8);
        // 10-01..07 off; 10-08(9) 09(10) 10 Sat WORK(11) 12(12) 13(13) 14(14) 15(15).
        assertEquals("2026-10-15", due("500119", "2026-09-18", "OBJECTION_DECISION"));
    }

    @Test
    @DisplayName("R-10.1: a deadline past the last loaded calendar year is an error, not a guess")
    void pastTheCalendar() {
        Response r = api.get("/calendar/deadlines?from=2026-12-28&days=10", TestIdentity.bureau("440000", "bureau_officer"));
        assertEquals(400, r.status());
        assertEquals("DATE_OUTSIDE_CALENDAR", r.str("code"));
        Response both = api.get("/calendar/deadlines?from=2026-03-02&days=3&timeline=CORRECTION",
                TestIdentity.bureau("440000", "bureau_officer"));
        assertEquals("TIMELINE_OR_DAYS", both.str("code"));
        assertEquals("2026-03-05", due("440000", "2026-03-02", "CORRECTION"), "R-3.6 Guangdong: 3 working days");
    }
}
