package cn.yixin.domain.inspection;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.MeasureEffect;
import cn.yixin.domain.measure.MeasureList;
import cn.yixin.domain.measure.MeasureTrigger;
import cn.yixin.domain.measure.MeasureType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-7.2 (双随机): the graded draw is a pure, documented function of seed, population and roster. */
class RandomDrawTest {

    private static final String SEED = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private static Measure measure(String code, Double capOfBase, Double atLeast, String... grades) {
        return new Measure(code, code, capOfBase != null ? MeasureType.INCENTIVE : MeasureType.PUNISHMENT,
                MeasureList.PROVINCIAL, Set.of(SubjectKind.DESIGNATED_HOSPITAL),
                new MeasureTrigger(List.of(grades), false, false), "004 §25",
                new MeasureEffect("t", capOfBase, atLeast, null, false, false), null, "440000");
    }

    private static List<RandomDraw.Candidate> population(int a, int b, int e) {
        BigDecimal base = new BigDecimal("10");
        Measure ga = measure("A", 30.0, null, "A");
        Measure gb = measure("B", 50.0, null, "B");
        Measure ge = measure("E", null, 100.0, "E");
        List<RandomDraw.Candidate> out = new ArrayList<>();
        for (int i = 0; i < a; i++) {
            out.add(new RandomDraw.Candidate("SA" + i, "A", SamplingPolicy.stratum(base, List.of(ga))));
        }
        for (int i = 0; i < b; i++) {
            out.add(new RandomDraw.Candidate("SB" + i, "B", SamplingPolicy.stratum(base, List.of(gb))));
        }
        for (int i = 0; i < e; i++) {
            out.add(new RandomDraw.Candidate("SE" + i, "E", SamplingPolicy.stratum(base, List.of(ge))));
        }
        return out;
    }

    private static List<RandomDraw.RosterEntry> roster(int n) {
        List<RandomDraw.RosterEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new RandomDraw.RosterEntry("I" + i, i == 0 ? Set.of("SE0", "SE1") : Set.of()));
        }
        return out;
    }

    @Test
    @DisplayName("R-7.2, 004 §25(二): Guangdong's caps — A at most 30 % and B at most 50 % of the base, rounded down; E always")
    void ratiosByGrade() {
        RandomDraw.Result r = RandomDraw.draw(SEED, population(1000, 999, 7), roster(5), 2);
        Map<String, RandomDraw.StratumCount> byKey = r.strata().stream()
                .collect(Collectors.toMap(RandomDraw.StratumCount::stratum, s -> s));
        assertEquals(30, byKey.get("3.0000|FLOOR").drawn(), "A: 10 % × 30 % of 1000");
        assertEquals(49, byKey.get("5.0000|FLOOR").drawn(), "B: 10 % × 50 % of 999 = 49.95, never above the cap");
        assertEquals(7, byKey.get("100.0000|CEILING").drawn(), "E: at least 100 %");
        assertEquals(86, r.checks().size());
        assertEquals(new Stratum(new BigDecimal("10"), RoundingMode.CEILING),
                SamplingPolicy.stratum(new BigDecimal("10"), List.of()), "no measure: the base ratio");
        assertEquals(new Stratum(new BigDecimal("100"), RoundingMode.CEILING),
                SamplingPolicy.stratum(new BigDecimal("10"), List.of(measure("A", 30.0, null, "A"),
                        measure("E", null, 100.0, "A"))), "a raise beats a cap");
        assertEquals(1, new Stratum(new BigDecimal("10"), RoundingMode.CEILING).count(3), "the base rounds up");
    }

    @Test
    @DisplayName("R-7.2: the same inputs give the same draw; another seed another; conflicts never inspected")
    void reproducibleAndConflictFree() {
        List<RandomDraw.Candidate> pop = population(200, 200, 20);
        RandomDraw.Result one = RandomDraw.draw(SEED, pop, roster(6), 3);
        List<RandomDraw.Candidate> shuffled = new ArrayList<>(pop);
        java.util.Collections.reverse(shuffled);
        RandomDraw.Result again = RandomDraw.draw(SEED, shuffled, roster(6), 3);
        assertEquals(one.checks(), again.checks(), "input order does not matter");
        assertEquals(one.populationHash(), again.populationHash());
        RandomDraw.Result other = RandomDraw.draw(SEED.replace('0', '1'), pop, roster(6), 3);
        assertNotEquals(one.checks(), other.checks());
        for (RandomDraw.Check c : one.checks()) {
            assertEquals(3, Set.copyOf(c.inspectorIds()).size(), "three different inspectors");
            if (c.subjectId().equals("SE0") || c.subjectId().equals("SE1")) {
                assertFalse(c.inspectorIds().contains("I0"), "I0 is linked to " + c.subjectId());
            }
        }
        assertTrue(one.checks().stream().anyMatch(c -> c.subjectId().equals("SE0")), "E is always drawn");
    }

    @Test
    @DisplayName("R-7.2: the documented algorithm, implemented again from its description, gives the stored draw")
    void independentRecomputation() throws Exception {
        List<RandomDraw.Candidate> pop = population(50, 60, 3);
        List<RandomDraw.RosterEntry> roster = roster(4);
        RandomDraw.Result r = RandomDraw.draw(SEED, pop, roster, 2);
        // From the words of RandomDraw's documentation only.
        byte[] seed = HexFormat.of().parseHex(SEED);
        Map<String, List<String>> strata = new TreeMap<>();
        for (RandomDraw.Candidate c : pop) {
            strata.computeIfAbsent(c.stratum().percent().toPlainString() + "|" + c.stratum().rounding(),
                    k -> new ArrayList<>()).add(c.subjectId());
        }
        List<String> expected = new ArrayList<>();
        for (var e : strata.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            ids.sort(Comparator.comparing((String id) -> sha(seed, "S|" + id)).thenComparing(id -> id));
            String[] p = e.getKey().split("\\|");
            int n = new BigDecimal(ids.size()).multiply(new BigDecimal(p[0]))
                    .divide(new BigDecimal(100), 0, RoundingMode.valueOf(p[1])).intValue();
            for (String id : ids.subList(0, n)) {
                List<String> insp = roster.stream().filter(i -> !i.conflicts().contains(id))
                        .map(RandomDraw.RosterEntry::inspectorId)
                        .sorted(Comparator.comparing((String i) -> sha(seed, "I|" + id + "|" + i)))
                        .limit(2).toList();
                expected.add(id + "|" + e.getKey() + "|" + String.join(",", insp));
            }
        }
        assertEquals(expected, r.checks().stream()
                .map(c -> c.subjectId() + "|" + c.stratum() + "|" + String.join(",", c.inspectorIds())).toList());
        StringBuilder lines = new StringBuilder();
        pop.stream().sorted(Comparator.comparing(RandomDraw.Candidate::subjectId)).forEach(c -> lines
                .append(c.subjectId()).append('|').append(c.grade()).append('|')
                .append(c.stratum().percent().toPlainString()).append('|').append(c.stratum().rounding()).append('\n'));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(lines.toString().getBytes(StandardCharsets.UTF_8))), r.populationHash());
        assertEquals(RandomDraw.ALGORITHM, r.algorithm());
    }

    private static String sha(byte[] seed, String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(seed);
            d.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("R-7.2: a draw larger than the roster, or a drawn subject without enough unconflicted inspectors, is refused naming the field")
    void refusals() {
        DomainException big = assertThrows(DomainException.class,
                () -> RandomDraw.draw(SEED, population(5, 5, 2), roster(2), 3));
        assertEquals("DRAW_LARGER_THAN_ROSTER", big.code());
        assertEquals("inspectorsPerCheck", big.details().get("field"));
        DomainException conflicted = assertThrows(DomainException.class,
                () -> RandomDraw.draw(SEED, population(0, 0, 2), roster(2), 2));
        assertEquals("NOT_ENOUGH_UNCONFLICTED_INSPECTORS", conflicted.code());
        for (String bad : List.of("0", "-1", "100.01", "120")) {
            DomainException e = assertThrows(DomainException.class, () -> PlanRules.check("计划",
                    List.of(SubjectKind.DESIGNATED_HOSPITAL), java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 12, 31), new BigDecimal(bad), 2), bad);
            assertEquals("RATIO_OUT_OF_RANGE", e.code());
            assertEquals("basePercent", e.details().get("field"));
        }
    }
}
