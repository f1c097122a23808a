package cn.yixin.domain.inspection;

import cn.yixin.domain.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The graded random draw of a plan (双随机, R-7.2), {@value #ALGORITHM}: a pure function of its recorded inputs, so
 * anyone holding the seed, the population and the roster recomputes the same draw (docs/results-application.md,
 * "Random inspection draws", states it in words).
 * <ol>
 *   <li>Population: each candidate is (subject id, grade, stratum); its canonical line is
 *       {@code subjectId|grade|percent|ROUNDING}. The population hash is SHA-256 over the lines sorted by subject
 *       id, each ending in {@code \n}, as lowercase hex.</li>
 *   <li>Roster: each inspector is (inspector id, conflicting subject ids); its line is
 *       {@code inspectorId|s1,s2,…} with the conflicts sorted. The roster hash is SHA-256 over the lines sorted by
 *       inspector id, each ending in {@code \n}.</li>
 *   <li>Ranking: a subject's rank key is SHA-256(seed bytes ‖ UTF-8 {@code "S|" + subjectId}); an inspector's key for
 *       a subject is SHA-256(seed bytes ‖ UTF-8 {@code "I|" + subjectId + "|" + inspectorId}); keys compare as
 *       unsigned big-endian byte strings (lowercase hex order), ties (never seen) by id.</li>
 *   <li>Subjects: strata in the order of their key ({@link Stratum#key()}, as strings); in each, the subjects with the
 *       lowest rank keys, as many as {@link Stratum#count(int)} of the stratum's size.</li>
 *   <li>Inspectors: for each drawn subject, the roster minus its conflicts, the {@code perCheck} lowest keys.</li>
 * </ol>
 */
public final class RandomDraw {

    public static final String ALGORITHM = "YIXIN-SHA256-RANK";
    public static final int VERSION = 1;

    private RandomDraw() {
    }

    public record Candidate(String subjectId, String grade, Stratum stratum) {
        String line() {
            return subjectId + "|" + (grade == null ? "" : grade) + "|" + stratum.key();
        }
    }

    public record RosterEntry(String inspectorId, Set<String> conflicts) {
        public RosterEntry {
            conflicts = Set.copyOf(conflicts);
        }

        String line() {
            return inspectorId + "|" + String.join(",", conflicts.stream().sorted().toList());
        }
    }

    /** One check: the subject drawn, its stratum, the inspectors sent (in rank order). */
    public record Check(String subjectId, String stratum, List<String> inspectorIds) {
        public Check {
            inspectorIds = List.copyOf(inspectorIds);
        }
    }

    /** How many subjects a stratum had and how many were drawn from it. */
    public record StratumCount(String stratum, int population, int drawn) {
    }

    public record Result(String algorithm, int version, String seed, String populationHash, String rosterHash,
                         List<StratumCount> strata, List<Check> checks) {
    }

    /** A draw needs at least as many inspectors on the roster as one check takes. */
    public static void requireRosterFor(int perCheck, int rosterSize) {
        if (perCheck > rosterSize) {
            throw DomainException.invalidField("inspectorsPerCheck", "DRAW_LARGER_THAN_ROSTER",
                    "每次检查需要" + perCheck + "名检查人员，但检查人员名录库只有" + rosterSize + "名。",
                    "Each check needs " + perCheck + " inspectors but the roster has " + rosterSize + ".");
        }
    }

    public static Result draw(String seedHex, List<Candidate> population, List<RosterEntry> roster, int perCheck) {
        byte[] seed = HexFormat.of().parseHex(seedHex);
        PlanRules.requireInspectorsPerCheck(perCheck);
        requireRosterFor(perCheck, roster.size());
        Map<String, List<Candidate>> byStratum = new TreeMap<>();
        for (Candidate c : population) {
            byStratum.computeIfAbsent(c.stratum().key(), k -> new ArrayList<>()).add(c);
        }
        List<StratumCount> counts = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (var e : byStratum.entrySet()) {
            List<Ranked<Candidate>> ranked = new ArrayList<>();
            for (Candidate c : e.getValue()) {
                ranked.add(new Ranked<>(key(seed, "S|" + c.subjectId()), c.subjectId(), c));
            }
            ranked.sort(Ranked.ORDER);
            int n = Stratum.parse(e.getKey()).count(ranked.size());
            counts.add(new StratumCount(e.getKey(), ranked.size(), n));
            for (Ranked<Candidate> r : ranked.subList(0, n)) {
                checks.add(new Check(r.value().subjectId(), e.getKey(), inspectors(seed, r.value().subjectId(), roster,
                        perCheck)));
            }
        }
        return new Result(ALGORITHM, VERSION, seedHex, populationHash(population), rosterHash(roster),
                List.copyOf(counts), List.copyOf(checks));
    }

    private static List<String> inspectors(byte[] seed, String subjectId, List<RosterEntry> roster, int perCheck) {
        List<Ranked<String>> eligible = new ArrayList<>();
        for (RosterEntry i : roster) {
            if (!i.conflicts().contains(subjectId)) {
                eligible.add(new Ranked<>(key(seed, "I|" + subjectId + "|" + i.inspectorId()), i.inspectorId(),
                        i.inspectorId()));
            }
        }
        if (eligible.size() < perCheck) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "NOT_ENOUGH_UNCONFLICTED_INSPECTORS",
                    "抽中的信用主体" + subjectId + "须回避的检查人员过多，名录库中无利害关系的检查人员只有" + eligible.size()
                            + "名，少于每次检查所需的" + perCheck + "名。",
                    "Subject " + subjectId + " was drawn but only " + eligible.size()
                            + " inspectors of the roster have no conflict with it; each check needs " + perCheck + ".",
                    Map.of("field", "inspectorsPerCheck", "subjectId", subjectId));
        }
        eligible.sort(Ranked.ORDER);
        return eligible.subList(0, perCheck).stream().map(Ranked::value).toList();
    }

    public static String populationHash(List<Candidate> population) {
        return sha256Lines(population.stream().sorted(Comparator.comparing(Candidate::subjectId))
                .map(Candidate::line).toList());
    }

    public static String rosterHash(List<RosterEntry> roster) {
        return sha256Lines(roster.stream().sorted(Comparator.comparing(RosterEntry::inspectorId))
                .map(RosterEntry::line).toList());
    }

    private static String sha256Lines(List<String> lines) {
        MessageDigest d = sha256();
        for (String l : lines) {
            d.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String key(byte[] seed, String text) {
        MessageDigest d = sha256();
        d.update(seed);
        d.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Ranked<T>(String key, String id, T value) {
        static final Comparator<Ranked<?>> ORDER = Comparator.<Ranked<?>, String>comparing(Ranked::key)
                .thenComparing(Ranked::id);
    }
}
