package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.inspection.CheckOutcome;
import cn.yixin.domain.inspection.InspectionDraw;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.Inspector;
import cn.yixin.domain.inspection.RandomDraw;
import cn.yixin.domain.inspection.Stratum;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items of random inspections (R-7.2):
 * <pre>
 * T#&lt;t&gt;#INSP           I#&lt;inspector&gt;   an inspector of the roster with its conflicts
 * T#&lt;t&gt;#INSP           P#&lt;plan&gt;        a plan with the list of its draws (the audit trail)
 * T#&lt;t&gt;#DRAW#&lt;draw&gt;    H              a draw: terms, seed, algorithm, hashes, strata, roster snapshot
 * T#&lt;t&gt;#DRAW#&lt;draw&gt;    CHK#&lt;n&gt;        drawn checks, one tab-separated line each, chunks under 300 kB
 * T#&lt;t&gt;#DRAW#&lt;draw&gt;    POP#&lt;n&gt;        the population as drawn, one line a subject, chunks under 300 kB
 * T#&lt;t&gt;#DRAW#&lt;draw&gt;    O#&lt;subject&gt;    a check's outcome
 * </pre>
 */
final class InspectionItems {

    static final int CHUNK_BYTES = 300_000;

    private InspectionItems() {
    }

    static String rosterPk(String tenant) {
        return YixinTable.tenantPrefix(tenant) + "INSP";
    }

    static String drawPk(String tenant, String drawId) {
        return YixinTable.tenantPrefix(tenant) + "DRAW#" + drawId;
    }

    static Map<String, AttributeValue> inspectorItem(String tenant, Inspector i) {
        return new Attr.Item().put(YixinTable.PK, rosterPk(tenant)).put(YixinTable.SK, "I#" + i.id())
                .put("inspectorId", i.id()).put("name", i.name()).put("nameSealed", i.nameSealed())
                .put("personSubjectId", i.personSubjectId())
                .putList("linked", i.linkedSubjectIds().stream().map(Attr::s).toList())
                .put("registeredBy", i.registeredBy()).put("registeredAt", i.registeredAt()).build();
    }

    static Inspector inspector(Map<String, AttributeValue> i) {
        return new Inspector(Attr.str(i, "inspectorId"), Attr.str(i, "name"), Attr.str(i, "nameSealed"),
                Attr.str(i, "personSubjectId"),
                Attr.list(i, "linked").stream().map(AttributeValue::s).toList(), Attr.str(i, "registeredBy"),
                Attr.instant(i, "registeredAt"));
    }

    static Map<String, AttributeValue> planItem(String tenant, InspectionPlan p) {
        return new Attr.Item().put(YixinTable.PK, rosterPk(tenant)).put(YixinTable.SK, "P#" + p.id())
                .put("planId", p.id()).put("name", p.name())
                .putList("kinds", p.subjectKinds().stream().map(k -> Attr.s(k.name())).toList())
                .put("periodFrom", p.periodFrom()).put("periodTo", p.periodTo())
                .put("basePercent", p.basePercent().toPlainString()).put("perCheck", p.inspectorsPerCheck())
                .put("createdBy", p.createdBy()).put("createdAt", p.createdAt())
                .putList("draws", p.draws().stream().map(d -> AttributeValue.fromM(new Attr.Item()
                        .put("drawId", d.drawId()).put("by", d.by()).put("at", d.at()).put("reason", d.reason())
                        .build())).toList())
                .build();
    }

    static InspectionPlan plan(Map<String, AttributeValue> i) {
        return new InspectionPlan(Attr.str(i, "planId"), Attr.str(i, "name"), kinds(Attr.list(i, "kinds")),
                Attr.date(i, "periodFrom"), Attr.date(i, "periodTo"), new BigDecimal(Attr.str(i, "basePercent")),
                Attr.int32(i, "perCheck"), Attr.str(i, "createdBy"), Attr.instant(i, "createdAt"),
                Attr.list(i, "draws").stream().map(AttributeValue::m).map(m -> new InspectionPlan.DrawRef(
                        Attr.str(m, "drawId"), Attr.str(m, "by"), Attr.instant(m, "at"), Attr.str(m, "reason")))
                        .toList());
    }

    private static List<SubjectKind> kinds(List<AttributeValue> raw) {
        return raw.stream().map(v -> SubjectKind.valueOf(v.s())).toList();
    }

    /** The header and the chunks of a draw, in write order. */
    static List<Map<String, AttributeValue>> drawItems(String tenant, InspectionDraw d) {
        String pk = drawPk(tenant, d.drawId());
        RandomDraw.Result r = d.result();
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        out.add(new Attr.Item().put(YixinTable.PK, pk).put(YixinTable.SK, "H")
                .put("drawId", d.drawId()).put("planId", d.planId()).put("by", d.by()).put("at", d.at())
                .put("reason", d.reason()).put("previousDrawId", d.previousDrawId())
                .put("basePercent", d.basePercent().toPlainString()).put("perCheck", d.inspectorsPerCheck())
                .putList("kinds", d.subjectKinds().stream().map(k -> Attr.s(k.name())).toList())
                .put("algorithm", r.algorithm()).put("version", r.version()).put("seed", r.seed())
                .put("populationHash", r.populationHash()).put("rosterHash", r.rosterHash())
                .putList("strata", r.strata().stream().map(s -> Attr.s(s.stratum() + "\t" + s.population() + "\t"
                        + s.drawn())).toList())
                .putList("roster", d.roster().stream().map(e -> Attr.s(e.inspectorId() + "\t"
                        + String.join(",", e.conflicts().stream().sorted().toList()))).toList())
                .put("checks", r.checks().size()).put("populationSize", d.population().size())
                .build());
        List<String> checkLines = r.checks().stream().map(c -> {
            InspectionDraw.DrawnSubject s = d.subjects().get(c.subjectId());
            return c.subjectId() + "\t" + c.stratum() + "\t" + String.join(",", c.inspectorIds()) + "\t"
                    + s.kind().name() + "\t" + (s.publicName() == null ? "" : clean(s.publicName()));
        }).toList();
        List<String> popLines = d.population().stream().map(c -> c.subjectId() + "\t"
                + (c.grade() == null ? "" : c.grade()) + "\t" + c.stratum().key()).toList();
        addChunks(out, pk, "CHK#", checkLines);
        addChunks(out, pk, "POP#", popLines);
        return out;
    }

    private static String clean(String name) {
        return name.replace('\t', ' ').replace('\n', ' ');
    }

    private static void addChunks(List<Map<String, AttributeValue>> out, String pk, String prefix, List<String> lines) {
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        int n = 0;
        for (String line : lines) {
            int b = line.getBytes(StandardCharsets.UTF_8).length + 1;
            if (bytes + b > CHUNK_BYTES && bytes > 0) {
                out.add(chunkItem(pk, prefix, n++, chunk));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(line).append('\n');
            bytes += b;
        }
        if (bytes > 0) {
            out.add(chunkItem(pk, prefix, n, chunk));
        }
    }

    private static Map<String, AttributeValue> chunkItem(String pk, String prefix, int n, CharSequence text) {
        return new Attr.Item().put(YixinTable.PK, pk).put(YixinTable.SK, prefix + String.format("%04d", n))
                .put("lines", text.toString()).build();
    }

    /** Reassembles a draw from its items (header first in sort order is not assumed). */
    static InspectionDraw draw(List<Map<String, AttributeValue>> items) {
        Map<String, AttributeValue> h = null;
        List<String> checkLines = new ArrayList<>();
        List<String> popLines = new ArrayList<>();
        for (Map<String, AttributeValue> i : items) {
            String sk = Attr.str(i, YixinTable.SK);
            if ("H".equals(sk)) {
                h = i;
            } else if (sk.startsWith("CHK#")) {
                checkLines.addAll(lines(i));
            } else if (sk.startsWith("POP#")) {
                popLines.addAll(lines(i));
            }
        }
        if (h == null) {
            return null;
        }
        List<RandomDraw.Check> checks = new ArrayList<>();
        Map<String, InspectionDraw.DrawnSubject> subjects = new LinkedHashMap<>();
        for (String l : checkLines) {
            String[] f = l.split("\t", -1);
            checks.add(new RandomDraw.Check(f[0], f[1], f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(","))));
            subjects.put(f[0], new InspectionDraw.DrawnSubject(SubjectKind.valueOf(f[3]), f[4].isEmpty() ? null : f[4]));
        }
        List<RandomDraw.Candidate> population = popLines.stream().map(l -> l.split("\t", -1))
                .map(f -> new RandomDraw.Candidate(f[0], f[1].isEmpty() ? null : f[1], Stratum.parse(f[2]))).toList();
        List<RandomDraw.StratumCount> strata = Attr.list(h, "strata").stream().map(v -> v.s().split("\t"))
                .map(f -> new RandomDraw.StratumCount(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]))).toList();
        List<RandomDraw.RosterEntry> roster = Attr.list(h, "roster").stream().map(v -> v.s().split("\t", -1))
                .map(f -> new RandomDraw.RosterEntry(f[0], f[1].isEmpty() ? Set.of() : Set.of(f[1].split(","))))
                .toList();
        RandomDraw.Result result = new RandomDraw.Result(Attr.str(h, "algorithm"), Attr.int32(h, "version"),
                Attr.str(h, "seed"), Attr.str(h, "populationHash"), Attr.str(h, "rosterHash"), strata, checks);
        return new InspectionDraw(Attr.str(h, "drawId"), Attr.str(h, "planId"), Attr.str(h, "by"),
                Attr.instant(h, "at"), Attr.str(h, "reason"), Attr.str(h, "previousDrawId"),
                new BigDecimal(Attr.str(h, "basePercent")), Attr.int32(h, "perCheck"), kinds(Attr.list(h, "kinds")),
                result, subjects, population, roster);
    }

    private static List<String> lines(Map<String, AttributeValue> i) {
        String text = Attr.str(i, "lines");
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    static Map<String, AttributeValue> outcomeItem(String tenant, CheckOutcome o) {
        return new Attr.Item().put(YixinTable.PK, drawPk(tenant, o.drawId())).put(YixinTable.SK, "O#" + o.subjectId())
                .put("drawId", o.drawId()).put("subjectId", o.subjectId()).put("result", o.result())
                .put("inspectedOn", o.inspectedOn()).put("summary", o.summary()).put("recordId", o.recordId())
                .put("by", o.by()).put("at", o.at()).build();
    }

    static CheckOutcome outcome(Map<String, AttributeValue> i) {
        return new CheckOutcome(Attr.str(i, "drawId"), Attr.str(i, "subjectId"),
                Attr.enumOf(i, "result", CheckOutcome.Result.class), Attr.date(i, "inspectedOn"),
                Attr.str(i, "summary"), Attr.str(i, "recordId"), Attr.str(i, "by"), Attr.instant(i, "at"));
    }
}
