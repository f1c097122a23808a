package cn.yixin.domain.monitoring;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.repair.RepairEffect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which warnings one archive write raises, as the information arrives: pure, so the write path can
 * add the warnings to the same transaction as the entry. Once per rule and occurrence:
 * <ul>
 *   <li>negativeRecords: the records that count are the subject's negative, still-counting records of the rule's
 *   categories and severities dated within the window back from the new record's date, <em>not already cited by a
 *   warning of the same rule</em>; N of them raise one warning citing them. A burst of N+1 records raises one
 *   warning; the next N raise the next.</li>
 *   <li>gradeDrop / scoreBelow: the write that moves the grade down K steps, or the score from at or above the
 *   threshold to under it.</li>
 *   <li>commitmentBroken / falseRepairMaterials: the write of that breach or finding.</li>
 * </ul>
 * The warning id is a hash of the subject, the rule and the occurrence (the cited record ids), so a write retried
 * after a lost race computes the same id, and an id already stored is never raised again.
 */
public final class WarningEvaluator {

    /** What a write tells the evaluator besides the records. */
    public enum Event { RECORDED, COMMITMENT_BREACHED, REPAIR_FALSE_MATERIALS, OTHER }

    /**
     * One archive write as the evaluator sees it.
     *
     * @param records      the subject's archive after the write, the new entry included
     * @param added        the new entry
     * @param gradeOrder   the scheme's grades, best first
     * @param existing     the subject's warnings already stored (any status)
     */
    public record Write(String subjectId, SubjectKind kind, List<CreditRecord> records, CreditRecord added, Event event,
                        String gradeBefore, Integer scoreBefore, String gradeAfter, Integer scoreAfter,
                        List<String> gradeOrder, List<Warning> existing) {
    }

    private WarningEvaluator() {
    }

    public static List<Warning> evaluate(MonitoringPolicy policy, int configVersion, Write w, Instant now) {
        List<Warning> out = new ArrayList<>();
        if (w.added() == null || w.added().voided()) {
            return out;
        }
        Set<String> existingIds = new HashSet<>();
        w.existing().forEach(x -> existingIds.add(x.id()));
        for (WarningRule rule : policy.rulesFor(w.kind())) {
            List<String> cited = occurrence(rule, w);
            if (cited == null) {
                continue;
            }
            String id = "W" + hash(w.subjectId() + "\n" + rule.code() + "\n" + String.join(",", cited)).substring(0, 24);
            if (existingIds.contains(id)) {
                continue;
            }
            out.add(new Warning(id, w.subjectId(), w.kind(), rule.code(), rule.name(), rule.level(),
                    policy.rankOf(rule.level()), configVersion, cited, reason(rule, w, cited), Warning.Status.OPEN, now,
                    List.of(new Warning.Step("RAISED", "system", now, "规则 " + rule.code() + "（配置版本 "
                            + configVersion + "）"))));
        }
        return out;
    }

    /** The record ids of the occurrence this write completes for the rule, or null when it completes none. */
    private static List<String> occurrence(WarningRule rule, Write w) {
        WarningCondition c = rule.condition();
        CreditRecord added = w.added();
        return switch (c.kind()) {
            case NEGATIVE_RECORDS -> negativeRecords(rule, c, w);
            case GRADE_DROP -> {
                int before = w.gradeOrder().indexOf(w.gradeBefore());
                int after = w.gradeOrder().indexOf(w.gradeAfter());
                yield before >= 0 && after >= 0 && after - before >= c.steps() ? List.of(added.id()) : null;
            }
            case SCORE_BELOW -> w.scoreAfter() != null && w.scoreAfter() < c.score()
                    && (w.scoreBefore() == null || w.scoreBefore() >= c.score()) ? List.of(added.id()) : null;
            case COMMITMENT_BROKEN -> w.event() == Event.COMMITMENT_BREACHED ? List.of(added.id()) : null;
            case FALSE_REPAIR_MATERIALS -> w.event() == Event.REPAIR_FALSE_MATERIALS ? List.of(added.id()) : null;
            case FUND_EXPENDITURE_JUMP -> null; // raised from the facts, not the archive: see FundJump
            case REPEAT_AFTER_REPAIR -> repeatAfterRepair(c, w);
            case ELIGIBILITY_POINTS -> null; // raised by the points write, not the archive: see eligibilityPoints
        };
    }

    private static List<String> negativeRecords(WarningRule rule, WarningCondition c, Write w) {
        if (!counts(c, w.added()) || w.added().supersedes() != null) {
            return null;
        }
        Set<String> superseded = new HashSet<>();
        w.records().forEach(r -> {
            if (r.supersedes() != null) {
                superseded.add(r.supersedes());
            }
        });
        Set<String> alreadyCited = new HashSet<>();
        w.existing().stream().filter(x -> x.ruleCode().equals(rule.code())).forEach(x -> alreadyCited.addAll(x.recordIds()));
        // Any window of the rule's length that holds the new record: a late record dated before others completes
        // the occurrence too (racing writes commit in any order).
        LocalDate d = w.added().effectiveFrom();
        long span = c.windowDays() - 1L;
        List<CreditRecord> near = w.records().stream()
                .filter(r -> !r.voided() && !superseded.contains(r.id()) && counts(c, r))
                .filter(r -> !alreadyCited.contains(r.id()))
                .filter(r -> !r.effectiveFrom().isBefore(d.minusDays(span)) && !r.effectiveFrom().isAfter(d.plusDays(span)))
                .sorted(Comparator.comparing(CreditRecord::effectiveFrom).thenComparing(CreditRecord::id))
                .toList();
        for (CreditRecord first : near) {
            LocalDate start = first.effectiveFrom();
            if (start.isAfter(d)) {
                break;
            }
            LocalDate end = start.plusDays(span);
            if (end.isBefore(d)) {
                continue;
            }
            List<CreditRecord> in = near.stream()
                    .filter(r -> !r.effectiveFrom().isBefore(start) && !r.effectiveFrom().isAfter(end)).toList();
            if (in.size() >= c.count() && in.stream().anyMatch(r -> r.id().equals(w.added().id()))) {
                return in.stream().map(CreditRecord::id).sorted().toList();
            }
        }
        return null;
    }

    /**
     * repeatAfterRepair: the new record is an original negative record (not a correction, not a repair
     * entry) of the rule's categories, and the subject had an earlier record of the same violation repaired no more
     * than {@code windowDays} before the new record's date: the same indicator when both name one, otherwise the same
     * category. The repair's day is the day its entry was written (the repair's execution). The occurrence is the
     * repaired record and the new one, so a record repeated once raises once (the latest repair it repeats is cited).
     */
    private static List<String> repeatAfterRepair(WarningCondition c, Write w) {
        CreditRecord added = w.added();
        if (added.polarity() != Polarity.NEGATIVE || added.supersedes() != null
                || (!c.categories().isEmpty() && !c.categories().contains(added.category()))) {
            return null;
        }
        LocalDate d = added.effectiveFrom();
        return w.records().stream()
                .filter(RepairEffect::isRepairEntry)
                .filter(rep -> !rep.voided() && !rep.id().equals(added.id()))
                .filter(rep -> sameViolation(rep, added))
                .filter(rep -> {
                    LocalDate repaired = rep.recordedDay();
                    return !d.isBefore(repaired) && !d.isAfter(repaired.plusDays(c.windowDays()));
                })
                .max(Comparator.comparing(CreditRecord::recordedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .thenComparing(CreditRecord::id))
                .map(rep -> List.of(rep.supersedes(), added.id()))
                .orElse(null);
    }

    private static boolean sameViolation(CreditRecord repaired, CreditRecord added) {
        if (repaired.indicator() != null && added.indicator() != null) {
            return repaired.indicator().equals(added.indicator());
        }
        return repaired.category() == added.category();
    }

    private static boolean counts(WarningCondition c, CreditRecord r) {
        return r.polarity() == Polarity.NEGATIVE
                && (c.categories().isEmpty() || c.categories().contains(r.category()))
                && (c.severities().isEmpty() || (r.severity() != null && c.severities().contains(r.severity())));
    }

    private static String reason(WarningRule rule, Write w, List<String> cited) {
        WarningCondition c = rule.condition();
        return switch (c.kind()) {
            case NEGATIVE_RECORDS -> c.windowDays() + " 日内有 " + cited.size() + " 条失信信息（规则要求至少 "
                    + c.count() + " 条）";
            case GRADE_DROP -> "信用等级由 " + w.gradeBefore() + " 降至 " + w.gradeAfter() + "（规则为下降至少 "
                    + c.steps() + " 级）";
            case SCORE_BELOW -> "信用分值降至 " + w.scoreAfter() + "，低于预警线 " + c.score();
            case COMMITMENT_BROKEN -> "违背信用承诺";
            case FALSE_REPAIR_MATERIALS -> "信用修复申请中提供虚假材料或承诺不实";
            case FUND_EXPENDITURE_JUMP -> "医保基金支出同比增幅超过 " + c.percent() + "%";
            case REPEAT_AFTER_REPAIR -> "信用修复后 " + c.windowDays() + " 日内再次发生同类失信行为";
            case ELIGIBILITY_POINTS -> "年度医保支付资格记分达到 " + c.count() + " 分";
        };
    }

    /**
     * fundExpenditureJump: the year's expenditure exceeds the year before's by more than the rule's percent.
     * Both years must be reported (an unreported year is not zero); a year before of 0 and any spending this year is
     * a jump. The id derives from the subject, the rule and the year, so the same year warns once.
     */
    public static List<Warning> fundJump(MonitoringPolicy policy, int configVersion, String subjectId, SubjectKind kind,
                                         int year, Long fenThisYear, Long fenYearBefore, List<Warning> existing,
                                         Instant now) {
        List<Warning> out = new ArrayList<>();
        if (fenThisYear == null || fenYearBefore == null) {
            return out;
        }
        for (WarningRule rule : policy.rulesFor(kind)) {
            WarningCondition c = rule.condition();
            if (c.kind() != ConditionKind.FUND_EXPENDITURE_JUMP) {
                continue;
            }
            boolean jump = fenYearBefore == 0 ? fenThisYear > 0
                    : (fenThisYear - fenYearBefore) * 100.0 / fenYearBefore > c.percent();
            String id = "W" + hash(subjectId + "\n" + rule.code() + "\nYEAR " + year).substring(0, 24);
            if (!jump || existing.stream().anyMatch(x -> x.id().equals(id))) {
                continue;
            }
            out.add(new Warning(id, subjectId, kind, rule.code(), rule.name(), rule.level(), policy.rankOf(rule.level()),
                    configVersion, List.of(), year + " 年度医保基金支出同比增幅超过 " + c.percent() + "%",
                    Warning.Status.OPEN, now, List.of(new Warning.Step("RAISED", "system", now, "规则 " + rule.code()
                    + "（配置版本 " + configVersion + "）"))));
        }
        return out;
    }

    /**
     * eligibilityPoints: the warnings a points act raises on {@code subjectId} (the registered
     * individual with the ledger's resident ID) when the person's points of {@code year} are at least a rule's N.
     * Once per ledger, rule and year: the id derives from them, so a retry, a further act of the year or a racing
     * write computes the same id, and a stored id (in {@code existing}, or the conditional put) is not raised again.
     */
    public static List<Warning> eligibilityPoints(MonitoringPolicy policy, int configVersion, String subjectId,
                                                  SubjectKind kind, String ledgerId, int year, int yearPoints,
                                                  List<Warning> existing, Instant now) {
        List<Warning> out = new ArrayList<>();
        for (WarningRule rule : policy.rulesFor(kind)) {
            WarningCondition c = rule.condition();
            if (c.kind() != ConditionKind.ELIGIBILITY_POINTS || c.count() == null || yearPoints < c.count()) {
                continue;
            }
            String id = "W" + hash(ledgerId + "\n" + rule.code() + "\nPOINTS " + year).substring(0, 24);
            if (existing.stream().anyMatch(x -> x.id().equals(id))) {
                continue;
            }
            out.add(new Warning(id, subjectId, kind, rule.code(), rule.name(), rule.level(), policy.rankOf(rule.level()),
                    configVersion, List.of(), year + " 年度医保支付资格记分达到 " + yearPoints + " 分（预警线 " + c.count()
                    + " 分）", Warning.Status.OPEN, now, List.of(new Warning.Step("RAISED", "system", now, "规则 "
                    + rule.code() + "（配置版本 " + configVersion + "），记分档案 " + ledgerId))));
        }
        return out;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
