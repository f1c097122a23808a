package cn.yixin.domain.exchange;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.RepairEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharingPolicyTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static CreditRecord penalty(String id, String supersedes, boolean voided, BasisKind basis, InfoCategory category) {
        return new CreditRecord(id, "S1", category, Polarity.NEGATIVE, Severity.GENERAL, null, "违规使用医保基金",
                new BasisDocument(basis, "南医保罚〔2026〕1号", DAY, "重庆市南川区医疗保障局"), DAY, null, "BUREAU",
                "u", Instant.parse("2026-03-01T02:00:00Z"), supersedes, voided);
    }

    static List<String> types(List<SharedEvent> events) {
        return events.stream().map(e -> e.type().name() + (e.reason() == null ? "" : ":" + e.reason())).toList();
    }

    @Test
    @DisplayName("R-7.6: an administrative penalty is published (双公示 行政处罚), and only that")
    void penaltyIsPublished() {
        List<SharedEvent> events = SharingPolicy.eventsOf("500119", 3,
                penalty("R1", null, false, BasisKind.ADMINISTRATIVE_PENALTY, InfoCategory.ADMINISTRATIVE));
        assertEquals(List.of("PENALTY_PUBLISHED"), types(events));
        assertEquals("P-500119-R1", events.get(0).eventId());
        assertEquals(3, events.get(0).sequence());
        assertTrue(SharingPolicy.eventsOf("500119", 1,
                penalty("R2", null, false, BasisKind.COURT_JUDGMENT, InfoCategory.JUDICIAL)).isEmpty());
        assertTrue(SharingPolicy.eventsOf("500119", 1, new CreditRecord("R3", "S1", InfoCategory.HONOUR,
                Polarity.POSITIVE, null, null, "表彰", null, DAY, null, "BUREAU", "u", Instant.now(), null, false)).isEmpty());
    }

    @Test
    @DisplayName("R-3.6: a withdrawal revokes the publication; a corrected replacement revokes and is published anew")
    void correctionsRevoke() {
        List<SharedEvent> withdrawn = SharingPolicy.eventsOf("500119", 4,
                penalty("R9", "R1", true, BasisKind.ADMINISTRATIVE_PENALTY, InfoCategory.ADMINISTRATIVE));
        assertEquals(List.of("REVOCATION:WITHDRAWN"), types(withdrawn));
        assertEquals("P-500119-R1", withdrawn.get(0).revokesEventId());
        assertEquals("V-500119-R9", withdrawn.get(0).eventId());
        assertEquals(List.of("REVOCATION:CORRECTED", "PENALTY_PUBLISHED"), types(SharingPolicy.eventsOf("500119", 4,
                penalty("R9", "R1", false, BasisKind.ADMINISTRATIVE_PENALTY, InfoCategory.ADMINISTRATIVE))));
    }

    @Test
    @DisplayName("R-9.4: a repair stops the penalty's publication (a revocation, nothing published again)")
    void repairRevokes() {
        CreditRecord original = penalty("R1", null, false, BasisKind.ADMINISTRATIVE_PENALTY, InfoCategory.ADMINISTRATIVE);
        CreditRecord repaired = RepairEffect.repairedCopy(original, "R7", DAY.plusMonths(4), "南医保修〔2026〕1号", "u",
                Instant.parse("2026-07-01T02:00:00Z"));
        assertEquals(List.of("REVOCATION:REPAIRED"), types(SharingPolicy.eventsOf("500119", 8, repaired)));
    }

    static CreditRecord withSource(CreditRecord r, String source) {
        return new CreditRecord(r.id(), r.subjectId(), r.category(), r.polarity(), r.severity(), r.indicator(),
                r.summary(), r.basis(), r.effectiveFrom(), r.effectiveTo(), source, r.recordedBy(), r.recordedAt(),
                r.supersedes(), r.voided());
    }

    @Test
    @DisplayName("R-11.2: a serious-dishonesty listing is shared; its withdrawal or repair is a delisting of it")
    void listingsAndDelistings() {
        CreditRecord listing = penalty("R1", null, false, BasisKind.OTHER_STATUTORY, InfoCategory.DISHONESTY_LIST);
        List<SharedEvent> listed = SharingPolicy.eventsOf("500119", 2, listing);
        assertEquals(List.of("DISHONESTY_LISTED"), types(listed));
        assertEquals("L-500119-R1", listed.get(0).eventId());
        List<SharedEvent> removed = SharingPolicy.eventsOf("500119", 3,
                penalty("R5", "R1", true, BasisKind.OTHER_STATUTORY, InfoCategory.DISHONESTY_LIST));
        assertEquals(List.of("DISHONESTY_DELISTED:WITHDRAWN"), types(removed));
        assertEquals("L-500119-R1", removed.get(0).revokesEventId());
        assertTrue(removed.get(0).type().withdraws());
        CreditRecord repaired = RepairEffect.repairedCopy(listing, "R7", DAY.plusMonths(13), "渝信修〔2027〕1号", "u",
                Instant.parse("2027-04-01T02:00:00Z"));
        assertEquals(List.of("DISHONESTY_DELISTED:REPAIRED"), types(SharingPolicy.eventsOf("500119", 4, repaired)));
    }

    @Test
    @DisplayName("R-3.4: a record that came from an external platform (another department's penalty) is not shared back")
    void externalRecordsAreNotEchoed() {
        CreditRecord own = penalty("R1", null, false, BasisKind.ADMINISTRATIVE_PENALTY, InfoCategory.ADMINISTRATIVE);
        assertEquals(1, SharingPolicy.eventsOf("500119", 1, withSource(own, "HANDLING_AGENCY")).size());
        assertTrue(SharingPolicy.eventsOf("500119", 1, withSource(own, "PUBLIC_CREDIT_PLATFORM")).isEmpty());
        assertTrue(SharingPolicy.eventsOf("500119", 1, withSource(
                penalty("R2", null, false, BasisKind.OTHER_STATUTORY, InfoCategory.DISHONESTY_LIST), "COURT")).isEmpty());
    }

    private static cn.yixin.domain.evaluation.CycleResult result(int version, cn.yixin.domain.evaluation.ResultStatus st) {
        return new cn.yixin.domain.evaluation.CycleResult("500119", "S1", cn.yixin.domain.SubjectKind.DESIGNATED_HOSPITAL,
                2024, version, st, "B", "良好", 82, null, null, false, "SCORE", 1, LocalDate.of(2024, 12, 31), null,
                null, null, null, "CYCLE", null, null, List.of(), null);
    }

    @Test
    @DisplayName("R-5.7: a published result version is shared as RESULT_PUBLISHED R-<tenant>-<subject>-<year>-<version>; a proposed one is not")
    void publishedResultsAreSharedPerVersion() {
        var v1 = SharingPolicy.eventOf(result(1, cn.yixin.domain.evaluation.ResultStatus.PUBLISHED)).orElseThrow();
        assertEquals("R-500119-S1-2024-1", v1.eventId());
        assertEquals(SharedEvent.Type.RESULT_PUBLISHED, v1.type());
        assertEquals("2024-v1", v1.itemId());
        assertTrue(!v1.type().withdraws(), "a result publication withdraws nothing");
        assertEquals("R-500119-S1-2024-2",
                SharingPolicy.eventOf(result(2, cn.yixin.domain.evaluation.ResultStatus.PUBLISHED)).orElseThrow().eventId());
        assertTrue(SharingPolicy.eventOf(result(1, cn.yixin.domain.evaluation.ResultStatus.PROPOSED)).isEmpty());
        assertTrue(SharingPolicy.eventOf(result(1, cn.yixin.domain.evaluation.ResultStatus.UNDER_OBJECTION)).isEmpty());
    }
}
