package cn.yixin.domain.objection;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case's state machine (R-6.1–6.6), each step a new version with one more history line. */
class ObjectionCaseTest {

    static final Instant T0 = Instant.parse("2026-09-28T02:00:00Z");

    static ObjectionCase filed(String source) {
        return ObjectionCase.file("OBJ1", "500119", "S1", DisputeTarget.RECORD, "R1",
                ObjectionGround.INCONSISTENT_WITH_FACTS, " 处罚对象错误 ", List.of("A1"), Channel.ONLINE, "u1", T0,
                LocalDate.parse("2026-09-25"), LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-16"),
                LocalDate.parse("2026-10-23"), "500119", source);
    }

    @Test
    @DisplayName("R-6.1/R-6.3: filed → accepted → decided → closed after the review window; each step versioned")
    void lifecycle() {
        ObjectionCase c = filed("BUREAU");
        assertEquals(ObjectionStatus.FILED, c.status());
        assertEquals("处罚对象错误", c.statement());
        assertTrue(c.status().pending());
        ObjectionCase a = c.accept("rev", T0, false, null);
        assertEquals(ObjectionStatus.ACCEPTED, a.status());
        assertEquals(2, a.version());
        ObjectionCase d = a.decide(Outcome.MAINTAINED, "经核查属实", "rev", T0, null, LocalDate.parse("2026-10-12"));
        assertEquals(ObjectionStatus.DECIDED, d.status());
        assertFalse(d.status().pending());
        assertEquals(3, d.history().size());
        assertNull(d.sweep(LocalDate.parse("2026-10-12"), T0), "the review window is still open on its last day");
        ObjectionCase closed = d.sweep(LocalDate.parse("2026-10-13"), T0);
        assertEquals(ObjectionStatus.CLOSED, closed.status());
        assertNull(closed.sweep(LocalDate.parse("2026-10-14"), T0), "idempotent");
    }

    @Test
    @DisplayName("R-6.1: a result-only ground on a record and a blank statement are refused")
    void badFiling() {
        assertEquals("GROUND_NOT_FOR_TARGET", assertThrows(DomainException.class, () -> ObjectionCase.file("O", "t",
                "s", DisputeTarget.RECORD, "R", ObjectionGround.DISAGREES_WITH_RESULT, "x", List.of(), Channel.ONLINE,
                "u", T0, LocalDate.MIN, LocalDate.MIN, LocalDate.MIN, LocalDate.MIN, "t", null)).code());
        assertEquals("STATEMENT_REQUIRED", assertThrows(DomainException.class, () -> ObjectionCase.file("O", "t",
                "s", DisputeTarget.RESULT, "R", ObjectionGround.DISAGREES_WITH_RESULT, "  ", List.of(), Channel.ONLINE,
                "u", T0, LocalDate.MIN, LocalDate.MIN, LocalDate.MIN, LocalDate.MIN, "t", null)).code());
    }

    @Test
    @DisplayName("R-6.5: external information is forwarded to its source on acceptance")
    void forwarded() {
        ObjectionCase f = filed("COURT").accept("rev", T0, true, "人民法院");
        assertEquals(ObjectionStatus.FORWARDED_TO_SOURCE, f.status());
        assertEquals("人民法院", f.forwardedTo());
        assertEquals(ObjectionStatus.DECIDED, f.decide(Outcome.CORRECTED, "法院已撤销", "rev", T0, "R2",
                LocalDate.parse("2026-10-12")).status());
    }

    @Test
    @DisplayName("R-6.3 / issue 10.3: no decision before acceptance, none without reasons, a second decision is "
            + "OBJECTION_ALREADY_DECIDED whoever takes it, a hold left by an older version blocks even its holder")
    void refusals() {
        ObjectionCase c = filed("BUREAU");
        assertEquals("OBJECTION_NOT_ACCEPTED", assertThrows(DomainException.class,
                () -> c.decide(Outcome.MAINTAINED, "x", "r", T0, null, LocalDate.MAX)).code());
        ObjectionCase a = c.accept("r", T0, false, null);
        assertEquals("REASONS_REQUIRED", assertThrows(DomainException.class,
                () -> a.decide(Outcome.MAINTAINED, " ", "r", T0, null, LocalDate.MAX)).code());
        ObjectionCase held = heldBy(a, "r1", T0.plusSeconds(120));
        for (String who : new String[]{"r1", "r2"}) {
            assertEquals("OBJECTION_BEING_DECIDED", assertThrows(DomainException.class,
                    () -> held.decide(Outcome.MAINTAINED, "x", who, T0.plusSeconds(1), null, LocalDate.MAX)).code());
        }
        ObjectionCase d = held.decide(Outcome.CORRECTED, "x", "r1", T0.plusSeconds(121), "R2", LocalDate.MAX);
        assertEquals(ObjectionStatus.DECIDED, d.status(), "an expired hold does not block");
        assertNull(d.decidingBy());
        DomainException again = assertThrows(DomainException.class,
                () -> d.decide(Outcome.MAINTAINED, "x", "r1", T0, null, LocalDate.MAX));
        assertEquals("OBJECTION_ALREADY_DECIDED", again.code(), "the same reviewer's second decision is refused");
        assertEquals("CORRECTED", again.details().get("outcome"));
        assertEquals("OBJECTION_ALREADY_ACCEPTED", assertThrows(DomainException.class,
                () -> d.accept("r", T0, false, null)).code());
    }

    /** A case as an earlier version of the service left it while holding the decision. */
    private static ObjectionCase heldBy(ObjectionCase x, String by, java.time.Instant until) {
        return new ObjectionCase(x.caseId(), x.tenantId(), x.subjectId(), x.target(), x.targetId(), x.ground(),
                x.statement(), x.attachmentIds(), x.channel(), x.filedBy(), x.filedAt(), x.noticeDate(), x.receivedOn(),
                x.filingDue(), x.decisionDue(), x.status(), x.handler(), x.source(), x.forwardedTo(), x.acceptedBy(),
                x.outcome(), x.reasons(), x.correctionRecordId(), x.decidedBy(), x.decidedAt(), x.reviewRequestDue(),
                x.review(), x.overdue(), by, until, x.version() + 1, x.history());
    }

    @Test
    @DisplayName("R-6.6: review within the window, decided once, final; overdue marked once by the sweep")
    void review() {
        ObjectionCase d = filed("BUREAU").accept("r", T0, false, null)
                .decide(Outcome.MAINTAINED, "属实", "r", T0, null, LocalDate.parse("2026-10-12"));
        assertEquals("REVIEW_WINDOW_CLOSED", assertThrows(DomainException.class, () -> d.requestReview("500000",
                "不服", "s", T0, LocalDate.parse("2026-10-13"), LocalDate.parse("2026-11-03"))).code());
        ObjectionCase r = d.requestReview("500000", "不服", "s", T0, LocalDate.parse("2026-10-12"),
                LocalDate.parse("2026-11-02"));
        assertTrue(r.status().pending());
        assertEquals(LocalDate.parse("2026-11-02"), r.nextDue());
        ObjectionCase late = r.sweep(LocalDate.parse("2026-11-03"), T0);
        assertTrue(late.review().overdue());
        assertNull(late.sweep(LocalDate.parse("2026-11-04"), T0));
        ObjectionCase done = late.decideReview(Outcome.CORRECTED, "原决定有误", "500000:p", T0, "R9");
        assertEquals(ObjectionStatus.REVIEWED, done.status());
        assertTrue(done.status().terminal());
        assertEquals("R9", done.review().correctionRecordId());
        assertEquals("OBJECTION_ALREADY_DECIDED", assertThrows(DomainException.class,
                () -> done.decideReview(Outcome.MAINTAINED, "x", "p", T0, null)).code());
    }

    @Test
    @DisplayName("R-6.3/R-10.1: a case waiting past its decision due day is overdue; the sweep marks it once")
    void overdue() {
        ObjectionCase a = filed("BUREAU").accept("r", T0, false, null);
        assertFalse(a.isOverdue(LocalDate.parse("2026-10-23")));
        assertTrue(a.isOverdue(LocalDate.parse("2026-10-24")));
        ObjectionCase marked = a.sweep(LocalDate.parse("2026-10-26"), T0);
        assertTrue(marked.overdue());
        assertNull(marked.sweep(LocalDate.parse("2026-10-27"), T0));
    }
}
