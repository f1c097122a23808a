package cn.yixin.domain.scoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.tenant.ClassRule;
import cn.yixin.domain.tenant.GradeBand;
import cn.yixin.domain.tenant.GradeScale;
import cn.yixin.domain.tenant.IndicatorItem;
import cn.yixin.domain.tenant.Scheme;
import cn.yixin.domain.tenant.TenantConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores and grades one subject's archive as of one day, exactly as docs/tenant-file.md "How a record is scored"
 * says. Pure: the same inputs always give the same evaluation, so a published result
 * can be recomputed when it is objected to.
 */
public final class CreditEvaluator {

    /** Caps are filled oldest record first, so a new record never displaces one the subject already knew about. */
    private static final Comparator<CreditRecord> CAP_ORDER =
            Comparator.comparing(CreditRecord::effectiveFrom).thenComparing(CreditRecord::id);

    public Evaluation evaluate(TenantConfig config, int configVersion, SubjectKind kind, List<CreditRecord> records,
                               LocalDate asOf) {
        Scheme scheme = config.schemeFor(kind);
        checkOneSubject(records);
        Set<String> superseded = new HashSet<>();
        for (CreditRecord r : records) {
            if (r.supersedes() != null) {
                superseded.add(r.supersedes());
            }
        }
        Map<String, String> notes = new HashMap<>();
        List<CreditRecord> counting = new ArrayList<>();
        for (CreditRecord r : records) {
            if (r.voided()) {
                notes.put(r.id(), Contribution.VOIDED);
            } else if (superseded.contains(r.id())) {
                notes.put(r.id(), Contribution.SUPERSEDED);
            } else if (!r.inEffectOn(asOf)) {
                notes.put(r.id(), Contribution.NOT_IN_EFFECT);
            } else {
                counting.add(r);
            }
        }
        boolean listed = counting.stream().anyMatch(r -> r.category() == InfoCategory.DISHONESTY_LIST);
        boolean override = listed && config.seriousDishonesty().lowestGrade();
        return scheme.method().isScored()
                ? scored(scheme, configVersion, records, asOf, notes, counting, listed, override)
                : counted(scheme, configVersion, records, asOf, notes, counting, listed, override);
    }

    private Evaluation scored(Scheme scheme, int configVersion, List<CreditRecord> records, LocalDate asOf,
                              Map<String, String> notes, List<CreditRecord> counting, boolean listed, boolean override) {
        Map<String, Integer> points = new HashMap<>();
        Map<String, String> indicators = new HashMap<>();
        Map<String, List<CreditRecord>> byItem = new LinkedHashMap<>();
        for (CreditRecord r : counting) {
            Optional<IndicatorItem> item = itemFor(scheme, r);
            if (item.isEmpty()) {
                notes.put(r.id(), Contribution.UNMATCHED);
            } else {
                byItem.computeIfAbsent(item.get().code(), c -> new ArrayList<>()).add(r);
            }
        }
        int sum = 0;
        for (Map.Entry<String, List<CreditRecord>> entry : byItem.entrySet()) {
            IndicatorItem item = scheme.item(entry.getKey()).orElseThrow();
            double weight = scheme.weightOf(item.category());
            List<CreditRecord> matched = new ArrayList<>(entry.getValue());
            matched.sort(CAP_ORDER);
            int cappedBefore = 0;
            int weightedBefore = 0;
            for (CreditRecord r : matched) {
                int full = Math.abs(item.points());
                int room = item.cap() == null ? full : Math.max(0, item.cap() - Math.abs(cappedBefore));
                int taken = Integer.signum(item.points()) * Math.min(full, room);
                int cappedAfter = cappedBefore + taken;
                // Rounding the running total, not each record, keeps the explanation's points summing to the score.
                int weightedAfter = weighted(cappedAfter, weight);
                int contribution = weightedAfter - weightedBefore;
                points.put(r.id(), contribution);
                indicators.put(r.id(), item.code());
                notes.put(r.id(), Math.abs(taken) < full ? Contribution.CAPPED : Contribution.MATCHED);
                sum += contribution;
                cappedBefore = cappedAfter;
                weightedBefore = weightedAfter;
            }
        }
        int raw = scheme.base() + sum;
        int score = Math.max(scheme.min(), Math.min(scheme.max(), raw));
        GradeScale scale = scheme.gradeScale();
        GradeBand band = override ? scale.lowestGrade() : scale.gradeFor(score);
        return new Evaluation(scheme.code(), scheme.method(), score, band.grade(), band.name(), override, configVersion,
                asOf, explain(scheme, records, notes, points, indicators), null, null, listed, raw != score);
    }

    private static Optional<IndicatorItem> itemFor(Scheme scheme, CreditRecord r) {
        if (r.indicator() != null) {
            // A named item of the opposite polarity would flip the record's sign: treat it as unmatched for a clerk to fix.
            return scheme.item(r.indicator()).filter(i -> i.polarity() == r.polarity());
        }
        return scheme.items().stream()
                .filter(i -> i.category() == r.category() && i.polarity() == r.polarity()
                        && Objects.equals(i.severity(), r.severity()))
                .findFirst();
    }

    static int weighted(int points, double weight) {
        return BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(weight)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private Evaluation counted(Scheme scheme, int configVersion, List<CreditRecord> records, LocalDate asOf,
                               Map<String, String> notes, List<CreditRecord> counting, boolean listed, boolean override) {
        LocalDate windowStart = asOf.minusMonths(scheme.windowMonths());
        int general = 0;
        int serious = 0;
        for (CreditRecord r : counting) {
            boolean act = r.polarity() == Polarity.NEGATIVE
                    && (r.severity() == Severity.GENERAL || r.severity() == Severity.SERIOUS);
            LocalDate actDate = r.basis() != null && r.basis().date() != null ? r.basis().date() : r.effectiveFrom();
            String note;
            if (!act) {
                note = Contribution.NOT_COUNTED;
            } else if (!actDate.isAfter(windowStart) || actDate.isAfter(asOf)) {
                note = Contribution.OUTSIDE_WINDOW;
            } else if (r.severity() == Severity.SERIOUS) {
                serious++;
                note = Contribution.COUNTED_SERIOUS;
            } else {
                general++;
                note = Contribution.COUNTED_GENERAL;
            }
            notes.put(r.id(), note);
        }
        GradeScale scale = scheme.gradeScale();
        GradeBand band;
        if (override) {
            band = scale.lowestGrade();
        } else {
            ClassRule rule = firstMatching(scheme, listed, serious, general);
            band = scale.find(rule.grade()).orElseThrow();
        }
        return new Evaluation(scheme.code(), scheme.method(), null, band.grade(), band.name(), override, configVersion,
                asOf, explain(scheme, records, notes, Map.of(), Map.of()), general, serious, listed, false);
    }

    private static ClassRule firstMatching(Scheme scheme, boolean listed, int serious, int general) {
        return scheme.classes().stream().filter(c -> c.matches(listed, serious, general)).findFirst()
                .orElseThrow(() -> new IllegalStateException("scheme " + scheme.code() + " has no catch-all class"));
    }

    private static List<Contribution> explain(Scheme scheme, List<CreditRecord> records, Map<String, String> notes,
                                              Map<String, Integer> points, Map<String, String> indicators) {
        List<Contribution> out = new ArrayList<>();
        for (CreditRecord r : records) {
            String note = notes.get(r.id());
            boolean listing = r.category() == InfoCategory.DISHONESTY_LIST && isCounting(note);
            String code = indicators.get(r.id());
            out.add(new Contribution(r.id(), code, points.getOrDefault(r.id(), 0),
                    listing ? note + Contribution.LISTED_SUFFIX : note, nameOf(scheme, code, note, listing)));
        }
        return out;
    }

    /** Issue 12.9: what counted the record, in Chinese: its item's name, or the kind of act a class counts. */
    private static String nameOf(Scheme scheme, String code, String note, boolean listing) {
        if (code != null) {
            return scheme.item(code).map(IndicatorItem::name).orElse(null);
        }
        if (Contribution.COUNTED_SERIOUS.equals(note)) {
            return listing ? Contribution.SERIOUS_ACT_ZH + "；" + Contribution.LISTED_ZH : Contribution.SERIOUS_ACT_ZH;
        }
        if (Contribution.COUNTED_GENERAL.equals(note)) {
            return listing ? Contribution.GENERAL_ACT_ZH + "；" + Contribution.LISTED_ZH : Contribution.GENERAL_ACT_ZH;
        }
        return listing ? Contribution.LISTED_ZH : null;
    }

    private static boolean isCounting(String note) {
        return !Contribution.VOIDED.equals(note) && !Contribution.SUPERSEDED.equals(note)
                && !Contribution.NOT_IN_EFFECT.equals(note);
    }

    private static void checkOneSubject(List<CreditRecord> records) {
        Set<String> ids = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        for (CreditRecord r : records) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("record " + r.id() + " appears twice");
            }
            subjects.add(r.subjectId());
        }
        if (subjects.size() > 1) {
            throw new IllegalArgumentException("records of more than one subject: " + subjects);
        }
    }
}
