package cn.yixin.domain.objection;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The working-day windows of an objection on the tenant's calendar: filing within N working days of the
 * notice, a decision within N working days of receipt, a review request within the filing window of
 * the decision notice, and the parent's review within its own decision window. The notice or receipt day
 * itself is not counted; the due day is the last day allowed.
 */
public final class ObjectionDeadlines {

    private ObjectionDeadlines() {
    }

    public static LocalDate filingDue(WorkingDayCalendar calendar, LocalDate noticeDate, int filingDays) {
        return calendar.addWorkingDays(noticeDate, filingDays);
    }

    public static LocalDate decisionDue(WorkingDayCalendar calendar, LocalDate receivedOn, int decisionDays) {
        return calendar.addWorkingDays(receivedOn, decisionDays);
    }

    /**
     * Refuses an objection received after its window with the deadline it missed, or dated before the
     * notice it objects to. Returns the filing deadline.
     */
    public static LocalDate requireInTime(WorkingDayCalendar calendar, LocalDate noticeDate, int filingDays,
                                          LocalDate receivedOn) {
        if (receivedOn.isBefore(noticeDate)) {
            throw new DomainException(DomainException.Kind.INVALID, "RECEIVED_BEFORE_NOTICE",
                    "异议收到日期（" + receivedOn + "）早于告知日期（" + noticeDate + "）。",
                    "The objection's received date (" + receivedOn + ") is before the notice date (" + noticeDate + ").",
                    Map.of("field", "receivedOn", "noticeDate", noticeDate.toString()));
        }
        LocalDate due = filingDue(calendar, noticeDate, filingDays);
        if (receivedOn.isAfter(due)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "OBJECTION_WINDOW_CLOSED",
                    "异议申请期限已过：应在收到告知之日（" + DeadlineText.zhDate(noticeDate) + "）起 " + filingDays
                            + " 个工作日内提出，申请期限：" + DeadlineText.zhLastDay(due) + "。",
                    "The objection window has closed: it had to be filed within " + filingDays
                            + " working days of the notice of " + DeadlineText.enDate(noticeDate) + ", i.e. " + DeadlineText.enLastDay(due)
                            + "; this one was received later.",
                    Map.of("deadline", due.toString(), "noticeDate", noticeDate.toString(),
                            "workingDays", filingDays));
        }
        return due;
    }
}
