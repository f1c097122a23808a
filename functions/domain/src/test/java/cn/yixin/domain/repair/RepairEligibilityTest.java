package cn.yixin.domain.repair;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.tenant.RepairRegrade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eligibility, publication periods and the repair effect as pure dates. */
class RepairEligibilityTest {

    static CreditRecord negative(String id, Severity s, LocalDate penalty, String source) {
        return new CreditRecord(id, "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE, s, null, "违规",
                new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "罚〔1〕号", penalty, "局"), penalty.plusDays(3), null,
                source, "u", Instant.EPOCH, null, false);
    }

    static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("R-11.2: the minimum period counts from the penalty date (basis date), not the effective date")
    void minimumPeriodFromPenaltyDate() {
        CreditRecord general = negative("R1", Severity.GENERAL, d("2026-03-31"), "BUREAU");
        DomainException e = assertThrows(DomainException.class,
                () -> RepairEligibility.check("R1", List.of(general), RepairPolicy.DEFAULT, d("2026-06-29")));
        assertEquals("REPAIR_NOT_YET_ELIGIBLE", e.code());
        assertEquals("2026-06-30", e.details().get("eligibleFrom"), "3 months after 03-31 is 06-30");
        assertEquals("R-11.2", e.details().get("rule"));
        assertEquals(general, RepairEligibility.check("R1", List.of(general), RepairPolicy.DEFAULT, d("2026-06-30")));
        CreditRecord serious = negative("R2", Severity.SERIOUS, d("2024-02-29"), "BUREAU");
        assertEquals(d("2025-02-28"), Publication.minimumEnds(serious, RepairPolicy.DEFAULT));
        assertEquals(d("2027-02-28"), Publication.maximumEnds(serious, RepairPolicy.DEFAULT));
        CreditRecord minor = negative("R3", Severity.MINOR, d("2026-05-01"), "BUREAU");
        assertEquals(minor, RepairEligibility.check("R3", List.of(minor), RepairPolicy.DEFAULT, d("2026-05-01")),
                "a minor act has no minimum period");
    }

    @Test
    @DisplayName("R-9.1: only a current dishonesty record of the bureau or handling agency; external sources apply at the source")
    void whatCanBeRepaired() {
        CreditRecord court = negative("R1", Severity.GENERAL, d("2025-01-01"), "COURT");
        DomainException e = assertThrows(DomainException.class,
                () -> RepairEligibility.check("R1", List.of(court), RepairPolicy.DEFAULT, d("2026-06-01")));
        assertEquals("REPAIR_AT_SOURCE", e.code());
        assertEquals("COURT", e.details().get("source"));
        CreditRecord agency = negative("R2", Severity.GENERAL, d("2025-01-01"), "HANDLING_AGENCY");
        assertEquals(agency, RepairEligibility.check("R2", List.of(agency), RepairPolicy.DEFAULT, d("2026-06-01")));
        CreditRecord positive = new CreditRecord("R3", "S1", InfoCategory.HONOUR, Polarity.POSITIVE, null, null, "表彰",
                null, d("2025-01-01"), null, "BUREAU", "u", Instant.EPOCH, null, false);
        assertEquals("NOT_A_DISHONESTY_RECORD", code(() -> RepairEligibility.check("R3", List.of(positive),
                RepairPolicy.DEFAULT, d("2026-06-01"))));
        CreditRecord corrected = new CreditRecord("R4", "S1", agency.category(), agency.polarity(), agency.severity(),
                null, "更正", agency.basis(), agency.effectiveFrom(), null, "BUREAU", "u", Instant.EPOCH, "R2", false);
        assertEquals("RECORD_NOT_CURRENT", code(() -> RepairEligibility.check("R2", List.of(agency, corrected),
                RepairPolicy.DEFAULT, d("2026-06-01"))));
        assertEquals("RECORD_NOT_FOUND", code(() -> RepairEligibility.check("R9", List.of(agency),
                RepairPolicy.DEFAULT, d("2026-06-01"))));
    }

    @Test
    @DisplayName("Tenant extra (R-11.4): no new dishonest act for N months before applying; the refusal names the date")
    void cleanMonths() {
        RepairPolicy sixClean = new RepairPolicy(RepairPolicy.DEFAULT.minPublicationMonths(),
                RepairPolicy.DEFAULT.maxPublicationMonths(), 6);
        CreditRecord old = negative("R1", Severity.GENERAL, d("2025-01-10"), "BUREAU");
        CreditRecord recent = negative("R2", Severity.GENERAL, d("2026-04-15"), "BUREAU");
        DomainException e = assertThrows(DomainException.class,
                () -> RepairEligibility.check("R1", List.of(old, recent), sixClean, d("2026-09-01")));
        assertEquals("REPAIR_NOT_YET_ELIGIBLE", e.code());
        assertEquals("2026-10-15", e.details().get("eligibleFrom"));
        assertEquals(d("2026-10-15"), RepairEligibility.eligibleFrom(old, List.of(old, recent), sixClean));
        assertEquals(old, RepairEligibility.check("R1", List.of(old, recent), sixClean, d("2026-10-15")));
    }

    @Test
    @DisplayName("R-9.4: IMMEDIATE stops scoring the day before the repair; NEXT_CYCLE at the end of the calendar year")
    void effect() {
        assertEquals(d("2026-10-12"), RepairEffect.lastScoringDay(RepairRegrade.IMMEDIATE, d("2026-10-13")));
        assertEquals(d("2026-12-31"), RepairEffect.lastScoringDay(RepairRegrade.NEXT_CYCLE, d("2026-10-13")));
        assertEquals(d("2027-01-01"), RepairEffect.regradeOn(RepairRegrade.NEXT_CYCLE, d("2026-12-31")));
        CreditRecord r = negative("R1", Severity.SERIOUS, d("2025-01-10"), "BUREAU");
        CreditRecord copy = RepairEffect.repairedCopy(r, "RR1", d("2026-10-12"), "决定", "rev", Instant.EPOCH);
        assertEquals("R1", copy.supersedes());
        assertTrue(RepairEffect.isRepairEntry(copy));
        assertTrue(copy.inEffectOn(d("2026-10-12")));
        assertFalse(copy.inEffectOn(d("2026-10-13")));
        assertEquals(Publication.State.PUBLISHED, Publication.stateOn(r, RepairPolicy.DEFAULT, d("2026-10-13"), false));
        assertEquals(Publication.State.ENDED, Publication.stateOn(r, RepairPolicy.DEFAULT, d("2028-01-10"), false));
        assertEquals(Publication.State.REPAIRED, Publication.stateOn(r, RepairPolicy.DEFAULT, d("2026-10-13"), true));
    }

    @Test
    @DisplayName("R-9.3 state machine: one decision, publicity bounds, pending objections block, an upheld one refuses")
    void stateMachine() {
        Instant t = Instant.parse("2026-09-29T02:00:00Z");
        RepairApplication a = RepairApplication.submitted("RP1", "440000", "S1", "R1", "XF1", "违规", Severity.GENERAL,
                "罚", d("2025-01-01"), "整改", "承诺", List.of("A1"), "subject", t);
        RepairApplication p = a.intend("P440000x", d("2026-09-29"), d("2026-10-12"), "符合", "rev", t);
        assertEquals(2, p.version());
        assertEquals("REPAIR_STATE_CONFLICT", code(() -> p.intend("P2", d("2026-09-29"), d("2026-10-12"), "x", "r", t)));
        assertEquals("REPAIR_STATE_CONFLICT", code(() -> p.refuse("second decision", "rev2", t)));
        assertEquals("PUBLICITY_NOT_OVER", code(() -> p.requireExecutable(d("2026-10-12"))));
        RepairApplication o = p.object(new RepairApplication.PublicObjection("O1", "异议内容", "ip", t, null, null, null,
                null), d("2026-10-12"));
        assertEquals("PUBLICITY_CLOSED", code(() -> o.object(new RepairApplication.PublicObjection("O2", "晚到", "ip", t,
                null, null, null, null), d("2026-10-13"))));
        assertEquals("OBJECTION_PENDING", code(() -> o.requireExecutable(d("2026-10-13"))));
        RepairApplication upheld = o.rule("O1", true, "属实", "rev", t);
        assertEquals(RepairStatus.REFUSED, upheld.status());
        RepairApplication dismissed = o.rule("O1", false, "不实", "rev", t);
        dismissed.requireExecutable(d("2026-10-13"));
        assertEquals(RepairStatus.REPAIRED, dismissed.repaired(d("2026-10-13"), d("2026-10-12"), d("2026-10-13"), true,
                "RR1", "rev", t).status());
    }
}
