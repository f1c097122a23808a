package cn.yixin.domain.evaluation;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.scoring.CreditEvaluator;
import cn.yixin.domain.scoring.Evaluation;
import cn.yixin.domain.tenant.TenantConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What-if (Nanchuan 001 §21: indicators are consulted on before they change): every subject evaluated under the
 * current and under a draft configuration on the same day, the grade distribution under each and the subjects whose
 * grade would move. Accumulates one subject at a time so a caller can stream a tenant through it; writes nothing.
 */
public final class WhatIf {

    /** Grade key of a subject whose kind the draft does not rate. */
    public static final String NOT_RATED = "NOT_RATED";

    private final TenantConfig current;
    private final int currentVersion;
    private final TenantConfig draft;
    private final int draftVersion;
    private final LocalDate asOf;
    private final CreditEvaluator engine = new CreditEvaluator();
    private final Map<String, Map<String, Long>> before = new TreeMap<>();
    private final Map<String, Map<String, Long>> after = new TreeMap<>();
    private final List<Mover> movers = new ArrayList<>();
    private int evaluated;

    public record Mover(String subjectId, SubjectKind kind, String from, Integer scoreFrom, String to, Integer scoreTo) {
    }

    public record Report(LocalDate asOf, int currentVersion, Integer draftVersion, int subjects,
                         Map<String, Map<String, Long>> current, Map<String, Map<String, Long>> draft,
                         int moversTotal, List<Mover> movers) {
    }

    /** @param draftVersion the draft's stored version, or 0 for a document that is not stored */
    public WhatIf(TenantConfig current, int currentVersion, TenantConfig draft, int draftVersion, LocalDate asOf) {
        this.current = current;
        this.currentVersion = currentVersion;
        this.draft = draft;
        this.draftVersion = draftVersion;
        this.asOf = asOf;
    }

    public void add(String subjectId, SubjectKind kind, List<CreditRecord> records) {
        Evaluation now = engine.evaluate(current, currentVersion, kind, records, asOf);
        Evaluation then = draft.enables(kind) ? engine.evaluate(draft, draftVersion, kind, records, asOf) : null;
        String to = then == null ? NOT_RATED : then.grade();
        count(before, kind, now.grade());
        count(after, kind, to);
        evaluated++;
        if (!now.grade().equals(to)) {
            movers.add(new Mover(subjectId, kind, now.grade(), now.score(), to, then == null ? null : then.score()));
        }
    }

    private static void count(Map<String, Map<String, Long>> into, SubjectKind kind, String grade) {
        into.computeIfAbsent(kind.name(), k -> new TreeMap<>()).merge(grade, 1L, Long::sum);
    }

    /** @param maxMovers movers listed (the total is always given) */
    public Report report(int maxMovers) {
        List<Mover> listed = movers.stream()
                .sorted(java.util.Comparator.comparing((Mover m) -> m.kind().name()).thenComparing(Mover::subjectId))
                .limit(maxMovers).toList();
        return new Report(asOf, currentVersion, draftVersion == 0 ? null : draftVersion, evaluated, before, after,
                movers.size(), listed);
    }

    /** A draft for another tenant is a mistake, not a comparison. */
    public static void requireSameTenant(TenantConfig current, TenantConfig draft) {
        if (!Objects.equals(current.id(), draft.id())) {
            throw DomainException.invalidField("document", "DRAFT_OF_ANOTHER_TENANT",
                    "草案配置的 id（" + draft.id() + "）不是本地区（" + current.id() + "）。",
                    "The draft's id (" + draft.id() + ") is not this tenant (" + current.id() + ").");
        }
    }
}
