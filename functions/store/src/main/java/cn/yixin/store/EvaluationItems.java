package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.AgreementStatus;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.Exclusion;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.subject.Standing;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.yixin.store.Attr.date;
import static cn.yixin.store.Attr.enumOf;
import static cn.yixin.store.Attr.flag;
import static cn.yixin.store.Attr.instant;
import static cn.yixin.store.Attr.int32;
import static cn.yixin.store.Attr.num;
import static cn.yixin.store.Attr.str;

/**
 * Item layouts of the evaluation cycle (issue 3). Keys:
 * <pre>
 * pk                                sk                      what
 * T#&lt;t&gt;#S#&lt;subject&gt;                F#AGREEMENT             service-agreement fact (R-5.6)
 * T#&lt;t&gt;#S#&lt;subject&gt;                F#FUND#&lt;year&gt;           fund expenditure of a year (R-5.6)
 * T#&lt;t&gt;#S#&lt;subject&gt;                E#&lt;year&gt;#&lt;ver 4&gt;       one version of the subject's result of a cycle
 * T#&lt;t&gt;#CYCLES                      RUN#&lt;year&gt;#&lt;kind&gt;       run state, lease, progress, counts by grade
 * T#&lt;t&gt;#CYCLES#&lt;year&gt;#&lt;kind&gt;       M#&lt;chunk 6&gt;             roster chunk: up to 500 subject ids, sorted
 * GSI1 on the latest result version only: gsi1pk = T#&lt;t&gt;#RESULT#&lt;year&gt;#&lt;kind&gt;, gsi1sk = G#&lt;grade&gt;#&lt;subject&gt;
 * </pre>
 * Results sit in the subject's partition so a subject's history is one query; the kind/grade listing reuses GSI1
 * with its own partition-key prefix, so no new index is needed. Older versions drop their GSI1 keys, so the index
 * holds exactly one row per subject and cycle.
 */
final class EvaluationItems {

    static final String COUNT_PREFIX = "cnt_";

    private EvaluationItems() {
    }

    static String resultSk(int year, int version) {
        return "E#" + year + "#" + String.format("%04d", version);
    }

    static String resultGsiPk(String tenantId, int year, SubjectKind kind) {
        return YixinTable.tenantPrefix(tenantId) + "RESULT#" + year + "#" + kind.name();
    }

    static String runsPk(String tenantId) {
        return YixinTable.tenantPrefix(tenantId) + "CYCLES";
    }

    static String runSk(int year, SubjectKind kind) {
        return "RUN#" + year + "#" + kind.name();
    }

    static String rosterPk(String tenantId, int year, SubjectKind kind) {
        return YixinTable.tenantPrefix(tenantId) + "CYCLES#" + year + "#" + kind.name();
    }

    static String rosterSk(int chunk) {
        return "M#" + String.format("%06d", chunk);
    }

    static Map<String, AttributeValue> runKey(String tenantId, int year, SubjectKind kind) {
        return Map.of(YixinTable.PK, Attr.s(runsPk(tenantId)), YixinTable.SK, Attr.s(runSk(year, kind)));
    }

    /** The condition of every status move of a result: still in {@code :from}, still the latest (indexed) version. */
    static final String TRANSITION_CONDITION = "#st = :from AND attribute_exists(gsi1pk)";
    static final Map<String, String> STATUS_NAME = Map.of("#st", "status");

    /** Sets (caseId) or removes (null) the objection mark while moving the status from {@code from} to {@code to}. */
    static String markExpression(String caseId) {
        return caseId != null ? "SET #st = :to, objectionCase = :case" : "SET #st = :to REMOVE objectionCase";
    }

    static Map<String, AttributeValue> markValues(ResultStatus from, ResultStatus to, String caseId) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":from", Attr.s(from.name()), ":to", Attr.s(to.name())));
        if (caseId != null) {
            values.put(":case", Attr.s(caseId));
        }
        return values;
    }

    /** The mark as an item of another repository's transaction (the objection case's). */
    static Update markInTransaction(String table, ResultMark m) {
        CycleResult r = m.result();
        return Update.builder().tableName(table)
                .key(resultKey(r.tenantId(), r.subjectId(), r.year(), r.version()))
                .updateExpression(markExpression(m.caseId()))
                .conditionExpression(TRANSITION_CONDITION)
                .expressionAttributeNames(STATUS_NAME)
                .expressionAttributeValues(markValues(m.from(), m.to(), m.caseId()))
                .build();
    }

    static Map<String, AttributeValue> resultKey(String tenantId, String subjectId, int year, int version) {
        return Map.of(YixinTable.PK, Attr.s(YixinTable.subjectPk(tenantId, subjectId)),
                YixinTable.SK, Attr.s(resultSk(year, version)));
    }

    // ---- facts

    static Map<String, AttributeValue> agreementItem(String tenantId, String subjectId, SubjectFacts.Agreement a) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenantId, subjectId))
                .put(YixinTable.SK, "F#AGREEMENT")
                .put("status", a.status())
                .put("endedOn", a.endedOn())
                .put("note", a.note())
                .put("recordedBy", a.recordedBy())
                .put("recordedAt", a.recordedAt())
                .build();
    }

    static Map<String, AttributeValue> fundItem(String tenantId, String subjectId, SubjectFacts.FundExpenditure f) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenantId, subjectId))
                .put(YixinTable.SK, "F#FUND#" + f.year())
                .put("year", f.year())
                .put("amountFen", f.amountFen())
                .put("recordedBy", f.recordedBy())
                .put("recordedAt", f.recordedAt())
                .build();
    }

    /** Folds the F# items of a subject partition into its facts. */
    static SubjectFacts facts(List<Map<String, AttributeValue>> items) {
        SubjectFacts.Agreement agreement = null;
        Map<Integer, SubjectFacts.FundExpenditure> fund = new HashMap<>();
        for (Map<String, AttributeValue> item : items) {
            String sk = str(item, YixinTable.SK);
            if ("F#AGREEMENT".equals(sk)) {
                agreement = new SubjectFacts.Agreement(enumOf(item, "status", AgreementStatus.class),
                        date(item, "endedOn"), str(item, "note"), str(item, "recordedBy"), instant(item, "recordedAt"));
            } else if (sk != null && sk.startsWith("F#FUND#")) {
                int year = int32(item, "year");
                fund.put(year, new SubjectFacts.FundExpenditure(year, num(item, "amountFen"), str(item, "recordedBy"),
                        instant(item, "recordedAt")));
            }
        }
        return new SubjectFacts(agreement, fund);
    }

    // ---- results

    static Map<String, AttributeValue> resultItem(CycleResult r, boolean latest) {
        Attr.Item item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(r.tenantId(), r.subjectId()))
                .put(YixinTable.SK, resultSk(r.year(), r.version()))
                .put("tenantId", r.tenantId())
                .put("subjectId", r.subjectId())
                .put("kind", r.kind())
                .put("year", r.year())
                .put("resultVersion", r.version())
                .put("status", r.status())
                .put("grade", r.grade())
                .put("gradeName", r.gradeName())
                .put("score", r.score())
                .put("exclusion", r.exclusion())
                .put("exclusionBasis", r.exclusionBasis())
                .put("lowestGradeOverride", r.lowestGradeOverride())
                .put("scheme", r.scheme())
                .put("configVersion", r.configVersion())
                .put("asOf", r.asOf())
                .put("noticeDate", r.noticeDate())
                .put("objectionDeadline", r.objectionDeadline())
                .put("publishedAt", r.publishedAt())
                .put("createdAt", r.createdAt())
                .put("cause", r.cause())
                .put("reason", r.reason())
                .put("basis", r.basis())
                .put("objectionCase", r.objectionCase())
                .putList("explanation", r.explanation().stream().map(EvaluationItems::line).toList());
        if (latest) {
            item.put(YixinTable.GSI1_PK, resultGsiPk(r.tenantId(), r.year(), r.kind()))
                    .put(YixinTable.GSI1_SK, "G#" + r.grade() + "#" + r.subjectId());
        }
        return item.build();
    }

    private static AttributeValue line(Standing.Line l) {
        return AttributeValue.fromM(new Attr.Item()
                .put("r", l.recordId())
                .put("i", l.indicator())
                .put("p", l.points())
                .put("n", l.note())
                .put("in", l.indicatorName())
                .build());
    }

    static boolean isLatest(Map<String, AttributeValue> item) {
        return item.containsKey(YixinTable.GSI1_PK);
    }

    static CycleResult result(Map<String, AttributeValue> item) {
        List<Standing.Line> lines = new ArrayList<>();
        for (AttributeValue v : Attr.list(item, "explanation")) {
            Map<String, AttributeValue> m = v.m();
            lines.add(new Standing.Line(str(m, "r"), str(m, "i"), int32(m, "p"), str(m, "n"), str(m, "in")));
        }
        return new CycleResult(str(item, "tenantId"), str(item, "subjectId"), enumOf(item, "kind", SubjectKind.class),
                int32(item, "year"), int32(item, "resultVersion"), enumOf(item, "status", ResultStatus.class),
                str(item, "grade"), str(item, "gradeName"), int32(item, "score"),
                enumOf(item, "exclusion", Exclusion.class), str(item, "exclusionBasis"), flag(item, "lowestGradeOverride"), str(item, "scheme"),
                int32(item, "configVersion"), date(item, "asOf"), date(item, "noticeDate"),
                date(item, "objectionDeadline"), instant(item, "publishedAt"), instant(item, "createdAt"),
                str(item, "cause"), str(item, "reason"), str(item, "basis"), lines, str(item, "objectionCase"));
    }

    // ---- runs

    static Map<String, AttributeValue> runItem(CycleRun r) {
        Attr.Item item = new Attr.Item()
                .put(YixinTable.PK, runsPk(r.tenantId()))
                .put(YixinTable.SK, runSk(r.year(), r.kind()))
                .put("tenantId", r.tenantId())
                .put("year", r.year())
                .put("kind", r.kind())
                .put("configVersion", r.configVersion())
                .put("status", r.status())
                .put("owner", r.owner())
                .put("leaseUntil", r.leaseUntil() == null ? null : r.leaseUntil().toEpochMilli())
                .put("total", r.total())
                .put("done", r.done())
                .put("chunks", r.chunks())
                .put("chunk", r.chunk())
                .put("offset", r.offset())
                .putList("pending", r.pending().stream().map(Attr::s).toList())
                .put("startedAt", r.startedAt())
                .put("startedBy", r.startedBy())
                .put("completedAt", r.completedAt())
                .put("allPublished", r.allPublished());
        r.counts().forEach((grade, n) -> item.put(COUNT_PREFIX + grade, n));
        return item.build();
    }

    static CycleRun run(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new HashMap<>();
        item.forEach((name, v) -> {
            if (name.startsWith(COUNT_PREFIX)) {
                counts.put(name.substring(COUNT_PREFIX.length()), Long.parseLong(v.n()));
            }
        });
        return new CycleRun(str(item, "tenantId"), int32(item, "year"), enumOf(item, "kind", SubjectKind.class),
                int32(item, "configVersion"), enumOf(item, "status", CycleRun.Status.class), str(item, "owner"),
                num(item, "leaseUntil") == null ? null : Instant.ofEpochMilli(num(item, "leaseUntil")), int32(item, "total"), int32(item, "done"), int32(item, "chunks"),
                int32(item, "chunk"), int32(item, "offset"),
                Attr.list(item, "pending").stream().map(AttributeValue::s).toList(), counts,
                instant(item, "startedAt"), str(item, "startedBy"), instant(item, "completedAt"),
                flag(item, "allPublished"));
    }
}
