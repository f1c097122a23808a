package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static cn.yixin.api.objection.ObjectionTestSupport.fileOk;
import static cn.yixin.api.objection.ObjectionTestSupport.hospitalWithPenalty;
import static cn.yixin.api.objection.ObjectionTestSupport.objection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12.7: every notice, letter and answer states a last day one way, "截止 2026年12月16日（含当日）" / "by 16
 * December 2026 (inclusive)", never "（2026-12-16 前）", through the real handler.
 */
class DeadlineWordingTest {

    static final ApiUnderTest api = ApiUnderTest.shared();
    /** The ambiguous forms the issue found: a date followed by 前 (before), in any spelling. */
    static final Pattern AMBIGUOUS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|\\d+日)\\s*前");

    @Test
    @DisplayName("12.7 the filed case's notice and application letter state the last days as 截止 …（含当日）")
    void noticeAndLetter() {
        String[] sr = hospitalWithPenalty(api, "500119", null);
        String s = sr[0];
        Response filed = api.post("/subjects/" + s + "/objections", TestIdentity.subject("500119", s),
                objection(sr[1], List.of()));
        assertEquals(201, filed.status(), filed::toString);
        LocalDate filingDue = LocalDate.parse(filed.str("filingDue"));
        LocalDate decisionDue = LocalDate.parse(filed.str("decisionDue"));

        Response notices = api.get("/me/notices", TestIdentity.subject("500119", s));
        assertTrue(notices.body().contains(zh(decisionDue)), notices::toString);
        assertFalse(AMBIGUOUS.matcher(notices.body()).find(), notices::toString);

        Response letter = api.request("GET", "/subjects/" + s + "/documents/DOC-" + filed.str("caseId")
                + "-OBJECTION_APPLICATION").token(TestIdentity.subject("500119", s)).header("accept", "text/plain").send();
        assertTrue(letter.body().contains("申请期限：" + zh(filingDue)), letter::toString);
        assertTrue(letter.body().contains(zh(decisionDue)), letter::toString);
        assertFalse(AMBIGUOUS.matcher(letter.body()).find(), letter::toString);
    }

    @Test
    @DisplayName("12.7 a late objection's refusal states the missed last day in both languages, inclusive")
    void refusal() {
        String[] sr = hospitalWithPenalty(api, "500000", null);
        Map<String, Object> body = new LinkedHashMap<>(objection(sr[1], List.of()));
        body.put("channel", "OFFLINE");
        body.put("noticeReceivedOn", "2026-09-24");
        body.put("receivedOn", "2026-10-30");
        Response refused = api.post("/subjects/" + sr[0] + "/objections", TestIdentity.bureau("500000", "bureau_officer"), body);
        assertEquals("OBJECTION_WINDOW_CLOSED", refused.str("code"), refused::toString);
        LocalDate due = LocalDate.parse(refused.str("details.deadline"));
        assertTrue(refused.str("messages.zh").contains(zh(due)), refused::toString);
        assertTrue(refused.str("messages.en").contains("by " + due.getDayOfMonth() + " "
                + due.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + due.getYear() + " (inclusive)"), refused::toString);
        assertFalse(AMBIGUOUS.matcher(refused.body()).find(), refused::toString);
        assertFalse(refused.body().contains("2026-10-30"), "the received date sent is not echoed");
    }

    @Test
    @DisplayName("12.7 a computed deadline answers the last day in words as well as the date")
    void computedDeadline() {
        Response r = api.get("/calendar/deadlines?from=2026-09-30&timeline=OBJECTION_FILING",
                TestIdentity.bureau("500119", "bureau_officer"));
        assertEquals(200, r.status(), r::toString);
        LocalDate due = LocalDate.parse(r.str("due"));
        assertEquals(zh(due), r.str("lastDay.zh"));
        assertTrue(r.str("lastDay.en").endsWith(due.getYear() + " (inclusive)"), r::toString);
    }

    static String zh(LocalDate d) {
        return "截止 " + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日（含当日）";
    }
}
