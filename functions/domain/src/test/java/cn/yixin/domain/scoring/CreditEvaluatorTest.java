package cn.yixin.domain.scoring;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.tenant.GradeBand;
import cn.yixin.domain.tenant.GradeScale;
import cn.yixin.domain.tenant.ScoringMethod;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantConfigParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static cn.yixin.domain.InfoCategory.ADMINISTRATIVE;
import static cn.yixin.domain.InfoCategory.DISHONESTY_LIST;
import static cn.yixin.domain.InfoCategory.HONOUR;
import static cn.yixin.domain.InfoCategory.JUDICIAL;
import static cn.yixin.domain.Polarity.NEGATIVE;
import static cn.yixin.domain.Polarity.POSITIVE;
import static cn.yixin.domain.Severity.GENERAL;
import static cn.yixin.domain.Severity.MINOR;
import static cn.yixin.domain.Severity.SERIOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scoring against the fixture tenant (src/test/resources/fixtures/tenant-valid.yaml): institution POINTS base 1000,
 * bands A≥900 B≥800 C≥700 D≥600 E; ADMIN_PENALTY_GENERAL −50 cap 200; ADMIN_PENALTY_SERIOUS −150; HONOUR +20 cap 40;
 * weights ADMINISTRATIVE 1.0, JUDICIAL 1.5. Individual ADD_SUBTRACT base 12 in [0, 12], −3 per violation, A≥9.
 * Enterprise SEVERITY_COUNT, 12 months: D listed, C serious≥1, C general≥3, B general≥1, A.
 */
class CreditEvaluatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private final CreditEvaluator evaluator = new CreditEvaluator();

    @SuppressWarnings("unchecked")
    private static TenantConfig config(Consumer<Map<String, Object>> edit) {
        String text;
        try (InputStream in = CreditEvaluatorTest.class.getResourceAsStream("/fixtures/tenant-valid.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> doc = (Map<String, Object>) new Yaml().load(text);
        edit.accept(doc);
        return TenantConfigParser.parse("test", new Yaml().dump(doc), Set.of("cn-mainland"));
    }

    private static TenantConfig config() {
        return config(d -> { });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheme(Map<String, Object> doc, String name) {
        return (Map<String, Object>) ((Map<String, Object>) doc.get("schemes")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> doc, String name) {
        return (List<Map<String, Object>>) scheme(doc, name).get("items");
    }

    private static Map<String, Object> item(String code, InfoCategory category, Polarity polarity, Severity severity,
                                            int points, Integer cap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", code);
        m.put("category", category.name());
        m.put("polarity", polarity.name());
        if (severity != null) {
            m.put("severity", severity.name());
        }
        m.put("points", points);
        if (cap != null) {
            m.put("cap", cap);
        }
        return m;
    }

    /** A record in effect from 2026-01-01, open-ended, with a basis dated the same day. */
    private static Rec rec(String id, InfoCategory category, Polarity polarity, Severity severity) {
        return new Rec(id, category, polarity, severity, null, LocalDate.of(2026, 1, 1), null,
                LocalDate.of(2026, 1, 1), null, false);
    }

    private record Rec(String id, InfoCategory category, Polarity polarity, Severity severity, String indicator,
                       LocalDate from, LocalDate to, LocalDate basisDate, String supersedes, boolean voided) {
        Rec indicator(String code) {
            return new Rec(id, category, polarity, severity, code, from, to, basisDate, supersedes, voided);
        }

        Rec effective(LocalDate newFrom, LocalDate newTo) {
            return new Rec(id, category, polarity, severity, indicator, newFrom, newTo, basisDate, supersedes, voided);
        }

        Rec basis(LocalDate date) {
            return new Rec(id, category, polarity, severity, indicator, from, to, date, supersedes, voided);
        }

        Rec supersedes(String other) {
            return new Rec(id, category, polarity, severity, indicator, from, to, basisDate, other, voided);
        }

        Rec voiding(String other) {
            return new Rec(id, category, polarity, severity, indicator, from, to, basisDate, other, true);
        }

        CreditRecord build() {
            BasisDocument basis = basisDate == null ? null
                    : new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "深医保罚〔2026〕" + id + "号", basisDate, "深圳市医疗保障局");
            return new CreditRecord(id, "S1", category, polarity, severity, indicator, "summary " + id, basis, from, to,
                    "BUREAU", "clerk", Instant.parse("2026-01-02T00:00:00Z"), supersedes, voided);
        }
    }

    private Evaluation evaluate(TenantConfig config, SubjectKind kind, Rec... records) {
        return evaluator.evaluate(config, 7, kind, Arrays.stream(records).map(Rec::build).toList(), AS_OF);
    }

    private static List<Integer> points(Evaluation e) {
        return e.contributions().stream().map(Contribution::points).toList();
    }

    private static List<String> notes(Evaluation e) {
        return e.contributions().stream().map(Contribution::note).toList();
    }

    private static Rec adminGeneral(String id) {
        return rec(id, ADMINISTRATIVE, NEGATIVE, GENERAL);
    }

    @Nested
    class PointsAndAddSubtract {

        @Test
        @DisplayName("R-5.1: no records leaves the base score; the evaluation names scheme, version and date")
        void base() {
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL);
            assertEquals(1000, e.score());
            assertEquals("A", e.grade());
            assertEquals("优秀", e.gradeName());
            assertEquals("institution", e.scheme());
            assertEquals(ScoringMethod.POINTS, e.method());
            assertEquals(7, e.configVersion());
            assertEquals(AS_OF, e.asOf());
            assertTrue(e.contributions().isEmpty());
            assertNull(e.generalActs());
        }

        @Test
        @DisplayName("R-5.2: a score exactly at a band's min takes that band; one band lower just below it")
        void bandEdges() {
            Evaluation atA = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, adminGeneral("r1"), adminGeneral("r2"));
            assertEquals(900, atA.score());
            assertEquals("A", atA.grade());
            Evaluation belowA = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, adminGeneral("r1"), adminGeneral("r2"),
                    adminGeneral("r3"));
            assertEquals(850, belowA.score());
            assertEquals("B", belowA.grade());
            Rec violation = rec("v1", InfoCategory.AGREEMENT_PERFORMANCE, NEGATIVE, GENERAL);
            Evaluation atNine = evaluate(config(), SubjectKind.DOCTOR, violation);
            assertEquals(9, atNine.score());
            assertEquals("A", atNine.grade());
            assertEquals(ScoringMethod.ADD_SUBTRACT, atNine.method());
            Evaluation six = evaluate(config(), SubjectKind.DOCTOR, violation,
                    rec("v2", InfoCategory.AGREEMENT_PERFORMANCE, NEGATIVE, GENERAL));
            assertEquals(6, six.score());
            assertEquals("B", six.grade());
            assertEquals("暂停", six.gradeName());
        }

        @Test
        @DisplayName("R-5.2: GradeScale.gradeFor puts each min in its own band and everything lower in the last")
        void gradeScale() {
            GradeScale scale = config().schemeFor(SubjectKind.DESIGNATED_HOSPITAL).gradeScale();
            assertEquals("A", scale.gradeFor(900).grade());
            assertEquals("B", scale.gradeFor(899).grade());
            assertEquals("D", scale.gradeFor(600).grade());
            assertEquals("E", scale.gradeFor(599).grade());
            assertEquals("E", scale.gradeFor(-5).grade());
            assertEquals(new GradeBand("E", "极差", null), scale.lowestGrade());
            assertTrue(scale.contains("C"));
            assertFalse(scale.contains("F"));
        }

        @Test
        @DisplayName("R-5.1: an item's cap stops its total; the oldest records count first and the rest are 'capped'")
        void cap() {
            Rec newest = adminGeneral("r5").effective(LocalDate.of(2026, 5, 1), null);
            Rec[] records = {newest, adminGeneral("r1").effective(LocalDate.of(2026, 1, 1), null),
                    adminGeneral("r2").effective(LocalDate.of(2026, 2, 1), null),
                    adminGeneral("r3").effective(LocalDate.of(2026, 3, 1), null),
                    adminGeneral("r4").effective(LocalDate.of(2026, 4, 1), null)};
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, records);
            assertEquals(800, e.score());
            assertEquals(List.of("r5", "r1", "r2", "r3", "r4"), e.contributions().stream().map(Contribution::recordId).toList());
            assertEquals(List.of(0, -50, -50, -50, -50), points(e));
            assertEquals(Contribution.CAPPED, notes(e).get(0));
            assertEquals(Contribution.MATCHED, notes(e).get(1));
            assertEquals("ADMIN_PENALTY_GENERAL", e.contributions().get(0).indicator());
        }

        @Test
        @DisplayName("R-5.1: a cap that is not a multiple of the item's points lets the last record count in part")
        void partialCap() {
            TenantConfig c = config(d -> items(d, "institution").get(2).put("cap", 50));
            Rec[] honours = {rec("h1", HONOUR, POSITIVE, null), rec("h2", HONOUR, POSITIVE, null), rec("h3", HONOUR, POSITIVE, null),
                    adminGeneral("a1"), adminGeneral("a2"), adminGeneral("a3")};
            Evaluation e = evaluate(c, SubjectKind.DESIGNATED_HOSPITAL, honours);
            assertEquals(List.of(20, 20, 10, -50, -50, -50), points(e));
            assertEquals(List.of("matched", "matched", "capped", "matched", "matched", "matched"), notes(e));
            assertEquals(1000 + 50 - 150, e.score());
        }

        @Test
        @DisplayName("R-5.1: POINTS multiplies by the category weight, rounding half-up, and the parts still add up")
        void weights() {
            TenantConfig c = config(d -> {
                items(d, "institution").add(item("COURT_RULING", JUDICIAL, NEGATIVE, GENERAL, -33, null));
                items(d, "institution").add(item("PRAISE", InfoCategory.LAW_ABIDING, POSITIVE, null, 3, null));
                @SuppressWarnings("unchecked")
                Map<String, Object> weights = (Map<String, Object>) scheme(d, "institution").get("weights");
                weights.put("LAW_ABIDING", 1.5);
            });
            Evaluation one = evaluate(c, SubjectKind.DESIGNATED_HOSPITAL, rec("j1", JUDICIAL, NEGATIVE, GENERAL));
            assertEquals(List.of(-50), points(one));      // −33 × 1.5 = −49.5 → −50
            assertEquals(950, one.score());
            Evaluation two = evaluate(c, SubjectKind.DESIGNATED_HOSPITAL, rec("j1", JUDICIAL, NEGATIVE, GENERAL),
                    rec("j2", JUDICIAL, NEGATIVE, GENERAL), adminGeneral("a1"));
            assertEquals(List.of(-50, -49, -50), points(two));  // −66 × 1.5 = −99 in total
            assertEquals(851, two.score());
            Evaluation praise = evaluate(c, SubjectKind.DESIGNATED_HOSPITAL, adminGeneral("a1"), adminGeneral("a2"),
                    rec("p1", InfoCategory.LAW_ABIDING, POSITIVE, null));
            assertEquals(List.of(-50, -50, 5), points(praise));  // 3 × 1.5 = 4.5 → 5 (half-up, not half-even)
            assertEquals(905, praise.score());
        }

        @Test
        @DisplayName("R-5.1: ADD_SUBTRACT clamps at min, and its points are never weighted")
        void clampMin() {
            Rec[] five = new Rec[5];
            for (int i = 0; i < 5; i++) {
                five[i] = rec("v" + i, InfoCategory.AGREEMENT_PERFORMANCE, NEGATIVE, GENERAL);
            }
            Evaluation e = evaluate(config(), SubjectKind.DOCTOR, five);
            assertEquals(0, e.score());
            assertTrue(e.clamped());
            assertEquals(List.of(-3, -3, -3, -3, -3), points(e));
            assertEquals("B", e.grade());
        }

        @Test
        @DisplayName("R-5.1: the score is clamped at max")
        void clampMax() {
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, rec("h1", HONOUR, POSITIVE, null));
            assertEquals(1000, e.score());
            assertTrue(e.clamped());
            assertEquals(List.of(20), points(e));
            Evaluation notClamped = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, rec("h1", HONOUR, POSITIVE, null),
                    adminGeneral("a1"));
            assertEquals(970, notClamped.score());
            assertFalse(notClamped.clamped());
        }

        @Test
        @DisplayName("R-5.1: a named indicator wins over category matching; unknown or wrong-polarity names and unmatched categories count 0")
        void matching() {
            Rec named = rec("n1", InfoCategory.OTHER_MISCONDUCT, NEGATIVE, GENERAL).indicator("ADMIN_PENALTY_SERIOUS");
            Rec unknownName = adminGeneral("n2").indicator("NO_SUCH_ITEM");
            Rec wrongPolarity = rec("n3", HONOUR, POSITIVE, null).indicator("ADMIN_PENALTY_GENERAL");
            Rec noItem = rec("n4", InfoCategory.QUALIFICATION, NEGATIVE, GENERAL);
            Rec wrongSeverity = rec("n5", ADMINISTRATIVE, NEGATIVE, MINOR);
            Rec bySeverity = rec("n6", ADMINISTRATIVE, NEGATIVE, SERIOUS);
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, named, unknownName, wrongPolarity, noItem,
                    wrongSeverity, bySeverity);
            assertEquals(List.of(-150, 0, 0, 0, 0, -150), points(e));
            assertEquals(List.of("matched", "unmatched", "unmatched", "unmatched", "unmatched", "matched"), notes(e));
            assertEquals("ADMIN_PENALTY_SERIOUS", e.contributions().get(0).indicator());
            assertNull(e.contributions().get(1).indicator());
            assertEquals(700, e.score());
            assertEquals("C", e.grade());
        }

        @Test
        @DisplayName("R-3.5: a correction supersedes the record it names; a voiding entry withdraws it and counts for nothing")
        void supersession() {
            Rec original = rec("o1", ADMINISTRATIVE, NEGATIVE, SERIOUS);
            Rec correction = adminGeneral("c1").supersedes("o1");
            Rec withdrawn = adminGeneral("w1");
            Rec voiding = adminGeneral("v1").voiding("w1");
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, original, correction, withdrawn, voiding);
            assertEquals(List.of("superseded", "matched", "superseded", "voided"), notes(e));
            assertEquals(List.of(0, -50, 0, 0), points(e));
            assertEquals(950, e.score());
        }

        @Test
        @DisplayName("R-3.5: in a chain of corrections only the last one counts")
        void supersessionChain() {
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL,
                    rec("a", ADMINISTRATIVE, NEGATIVE, SERIOUS),
                    rec("b", ADMINISTRATIVE, NEGATIVE, SERIOUS).supersedes("a"),
                    adminGeneral("c").supersedes("b"));
            assertEquals(List.of("superseded", "superseded", "matched"), notes(e));
            assertEquals(950, e.score());
        }

        @Test
        @DisplayName("R-3.3: a record counts from its first through its last effective day, inclusive, and not outside")
        void effectivePeriod() {
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL,
                    adminGeneral("startsToday").effective(AS_OF, null),
                    adminGeneral("endsToday").effective(LocalDate.of(2025, 1, 1), AS_OF),
                    adminGeneral("endedYesterday").effective(LocalDate.of(2025, 1, 1), AS_OF.minusDays(1)),
                    adminGeneral("startsTomorrow").effective(AS_OF.plusDays(1), null));
            assertEquals(List.of("matched", "matched", "not in effect", "not in effect"), notes(e));
            assertEquals(List.of(-50, -50, 0, 0), points(e));
            assertEquals(900, e.score());
        }

        @Test
        @DisplayName("R-5.3: a subject on the serious-dishonesty list takes the lowest grade even with a perfect score")
        void overrideBeatsPerfectScore() {
            Rec listing = rec("l1", DISHONESTY_LIST, NEGATIVE, SERIOUS);
            Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, listing, rec("h1", HONOUR, POSITIVE, null));
            assertEquals(1000, e.score());
            assertEquals("E", e.grade());
            assertEquals("极差", e.gradeName());
            assertTrue(e.lowestGradeOverride());
            assertTrue(e.listed());
            assertEquals("unmatched" + Contribution.LISTED_SUFFIX, notes(e).get(0));
        }

        @Test
        @DisplayName("R-5.3: without lowestGrade, or once the listing is out of effect, the score decides")
        void noOverride() {
            TenantConfig off = config(d -> ((Map<String, Object>) d.get("seriousDishonesty")).put("lowestGrade", false));
            Evaluation e = evaluate(off, SubjectKind.DESIGNATED_HOSPITAL, rec("l1", DISHONESTY_LIST, NEGATIVE, SERIOUS));
            assertEquals("A", e.grade());
            assertFalse(e.lowestGradeOverride());
            assertTrue(e.listed());
            Evaluation expired = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL,
                    rec("l1", DISHONESTY_LIST, NEGATIVE, SERIOUS).effective(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
            assertEquals("A", expired.grade());
            assertFalse(expired.listed());
            assertEquals(List.of("not in effect"), notes(expired));
        }
    }

    @Nested
    class SeverityCount {

        private Evaluation classify(TenantConfig c, Rec... records) {
            return evaluate(c, SubjectKind.PHARMA_COMPANY, records);
        }

        @Test
        @DisplayName("R-5.1/R-5.2 (002): no dishonest acts is class A, with no score")
        void clean() {
            Evaluation e = classify(config(), rec("h1", HONOUR, POSITIVE, null));
            assertEquals("A", e.grade());
            assertEquals("守信", e.gradeName());
            assertNull(e.score());
            assertEquals(0, e.generalActs());
            assertEquals(0, e.seriousActs());
            assertEquals(List.of("not counted"), notes(e));
        }

        @Test
        @DisplayName("R-5.2 (002): 1–2 general acts is B, 3 general is C, 1 serious is C, listed is D; first match wins")
        void classes() {
            assertEquals("B", classify(config(), adminGeneral("g1")).grade());
            assertEquals("B", classify(config(), adminGeneral("g1"), adminGeneral("g2")).grade());
            Evaluation three = classify(config(), adminGeneral("g1"), adminGeneral("g2"), adminGeneral("g3"));
            assertEquals("C", three.grade());
            assertEquals(3, three.generalActs());
            Evaluation serious = classify(config(), rec("s1", ADMINISTRATIVE, NEGATIVE, SERIOUS));
            assertEquals("C", serious.grade());
            assertEquals("严重失信", serious.gradeName());
            assertEquals(List.of("counted serious"), notes(serious));
            Evaluation listed = classify(config(), rec("l1", DISHONESTY_LIST, NEGATIVE, SERIOUS));
            assertEquals("D", listed.grade());
            assertEquals("黑名单", listed.gradeName());
            assertTrue(listed.listed());
            assertEquals(List.of("counted serious" + Contribution.LISTED_SUFFIX), notes(listed));
        }

        @Test
        @DisplayName("R-5.1 (002 §2(4)): only acts whose basis date is within the 12 months up to the evaluation date count")
        void window() {
            Rec exactlyTwelveMonths = adminGeneral("edge").basis(AS_OF.minusMonths(12));
            Rec dayAfterEdge = adminGeneral("in").basis(AS_OF.minusMonths(12).plusDays(1));
            Rec onEvaluationDay = adminGeneral("today").basis(AS_OF);
            Rec old = rec("old", ADMINISTRATIVE, NEGATIVE, SERIOUS).basis(LocalDate.of(2024, 3, 1));
            Evaluation e = classify(config(), exactlyTwelveMonths, dayAfterEdge, onEvaluationDay, old);
            assertEquals(List.of("outside window", "counted general", "counted general", "outside window"), notes(e));
            assertEquals(2, e.generalActs());
            assertEquals(0, e.seriousActs());
            assertEquals("B", e.grade());
        }

        @Test
        @DisplayName("R-5.1 (002 §2(4)): without a basis document the effective date stands in for the act's date")
        void noBasis() {
            Rec noBasisOld = adminGeneral("a").basis(null).effective(LocalDate.of(2025, 3, 1), null);
            Rec noBasisRecent = adminGeneral("b").basis(null).effective(LocalDate.of(2026, 3, 1), null);
            Evaluation e = classify(config(), noBasisOld, noBasisRecent);
            assertEquals(List.of("outside window", "counted general"), notes(e));
        }

        @Test
        @DisplayName("R-5.1 (002): minor acts and positive records are not counted; superseded and expired ones neither")
        void notCounted() {
            Evaluation e = classify(config(), rec("m", ADMINISTRATIVE, NEGATIVE, MINOR), rec("p", HONOUR, POSITIVE, null),
                    rec("s", ADMINISTRATIVE, NEGATIVE, SERIOUS), adminGeneral("fix").supersedes("s"),
                    adminGeneral("gone").effective(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31)));
            assertEquals(List.of("not counted", "not counted", "superseded", "counted general", "not in effect"), notes(e));
            assertEquals("B", e.grade());
            assertEquals(List.of(0, 0, 0, 0, 0), points(e));
        }

        @Test
        @DisplayName("R-5.3: the override gives the last grade in order even when no class would")
        void override() {
            Consumer<Map<String, Object>> noListedClass = d -> {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> classes = (List<Map<String, Object>>) scheme(d, "enterprise-classes").get("classes");
                classes.get(0).put("when", new LinkedHashMap<>(Map.of("seriousAtLeast", 5)));
            };
            Rec listing = rec("l1", DISHONESTY_LIST, NEGATIVE, GENERAL).basis(LocalDate.of(2020, 1, 1));
            Evaluation on = classify(config(noListedClass), listing);
            assertEquals("D", on.grade());
            assertTrue(on.lowestGradeOverride());
            assertEquals(List.of("outside window" + Contribution.LISTED_SUFFIX), notes(on));
            Evaluation off = classify(config(noListedClass.andThen(
                    d -> ((Map<String, Object>) d.get("seriousDishonesty")).put("lowestGrade", false))), listing);
            assertEquals("A", off.grade());
            assertFalse(off.lowestGradeOverride());
        }
    }

    @Test
    @DisplayName("R-2.1: evaluating a subject kind the tenant does not rate is SUBJECT_KIND_NOT_ENABLED")
    void kindNotEnabled() {
        DomainException e = assertThrows(DomainException.class, () -> evaluate(config(), SubjectKind.NURSE));
        assertEquals("SUBJECT_KIND_NOT_ENABLED", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertTrue(e.messageZh().contains("护士"), e.messageZh());
    }

    @Test
    @DisplayName("R-3.5: every input record appears exactly once in the explanation, in input order")
    void everyRecordExplained() {
        List<Rec> input = new ArrayList<>();
        input.add(adminGeneral("a"));
        input.add(rec("b", InfoCategory.QUALIFICATION, NEGATIVE, GENERAL));
        input.add(adminGeneral("c").effective(LocalDate.of(2027, 1, 1), null));
        input.add(adminGeneral("d").supersedes("a"));
        input.add(adminGeneral("e").voiding("d"));
        Evaluation e = evaluate(config(), SubjectKind.DESIGNATED_HOSPITAL, input.toArray(Rec[]::new));
        assertEquals(List.of("a", "b", "c", "d", "e"), e.contributions().stream().map(Contribution::recordId).toList());
        assertEquals(List.of("superseded", "unmatched", "not in effect", "superseded", "voided"), notes(e));
        assertEquals(1000, e.score());
    }

    @Test
    @DisplayName("R-5.1: records of two subjects in one evaluation are a programming error")
    void oneSubject() {
        CreditRecord a = adminGeneral("a").build();
        CreditRecord b = adminGeneral("b").build();
        CreditRecord other = new CreditRecord("b", "S2", b.category(), b.polarity(), b.severity(), null, "x", b.basis(),
                b.effectiveFrom(), null, "BUREAU", "clerk", b.recordedAt(), null, false);
        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(config(), 1, SubjectKind.DESIGNATED_HOSPITAL, List.of(a, other), AS_OF));
        assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(config(), 1, SubjectKind.DESIGNATED_HOSPITAL, List.of(a, a), AS_OF));
    }
}
