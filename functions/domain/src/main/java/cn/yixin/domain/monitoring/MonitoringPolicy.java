package cn.yixin.domain.monitoring;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.tenant.Scheme;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional {@code monitoring:} section of a tenant file (R-8.1, R-1.2, issue 15): the tenant's own scale of
 * warning levels (most serious first), how many days after entering key monitoring (重点监控) a subject's case is
 * reviewed, and the warning rules. Versioned with the rest of the configuration: a warning cites the version whose
 * rule raised it. A tenant file without the section raises no warnings.
 *
 * <p>Kept out of {@link TenantConfig}'s components, as {@code repair:} is: read back from the validated document.</p>
 */
public record MonitoringPolicy(List<String> levels, int reviewDays, List<WarningRule> rules, KeyByGrade keyByGrade) {

    public static final MonitoringPolicy NONE = new MonitoringPolicy(List.of(), 90, List.of(), null);

    static final int MAX_WINDOW_DAYS = 3660;
    static final int MAX_COUNT = 100;
    static final int MAX_REVIEW_DAYS = 730;
    static final int MAX_PERCENT = 10_000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public MonitoringPolicy {
        levels = List.copyOf(levels);
        rules = List.copyOf(rules);
    }

    /** A policy without key monitoring by grade. */
    public MonitoringPolicy(List<String> levels, int reviewDays, List<WarningRule> rules) {
        this(levels, reviewDays, rules, null);
    }

    /** 0 for the most serious level of the tenant's scale, then 1, 2…; the inbox sorts by it. */
    public int rankOf(String level) {
        int i = levels.indexOf(level);
        return i < 0 ? levels.size() : i;
    }

    public List<WarningRule> rulesFor(SubjectKind kind) {
        return rules.stream().filter(r -> r.watches(kind)).toList();
    }

    /** The tenant's policy, from its (already validated) document; {@link #NONE} without a {@code monitoring:}. */
    public static MonitoringPolicy of(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("monitoring");
        if (section == null) {
            return NONE;
        }
        ConfigReader reader = new ConfigReader("tenant " + config.id());
        MonitoringPolicy p = read(reader, reader.map("monitoring", section), config.subjectKinds(), config.schemes());
        if (reader.hasProblems() || p == null) {
            throw new IllegalStateException("monitoring section of a validated tenant does not read: " + reader.problems());
        }
        return p;
    }

    /**
     * Reads and checks the section while the tenant file is parsed (strict, like the rest of the file): every
     * problem is recorded with its path (e.g. {@code monitoring.rules[0].when.negativeRecords.windowDays}); null
     * when there are any.
     *
     * @param kinds   the enabled subject kinds and the scheme that rates each
     * @param schemes the tenant's schemes, for the scale a threshold must lie in
     */
    public static MonitoringPolicy read(ConfigReader reader, ConfigMap m, Map<SubjectKind, String> kinds,
                                        Map<String, Scheme> schemes) {
        if (m == null) {
            return null;
        }
        int problemsBefore = reader.problems().size();
        List<String> levels = new ArrayList<>();
        List<?> rawLevels = m.list("levels", true);
        if (rawLevels != null && rawLevels.isEmpty()) {
            m.problem("levels", "must list at least one warning level, most serious first");
        }
        for (int i = 0; rawLevels != null && i < rawLevels.size(); i++) {
            String path = ConfigReader.index(m.pathOf("levels"), i);
            if (!(rawLevels.get(i) instanceof String s) || s.isBlank()) {
                reader.problem(path, "must be the name of a level, e.g. 一级 or 红色");
            } else if (levels.contains(s.trim())) {
                reader.problem(path, "level " + s.trim() + " is listed twice");
            } else {
                levels.add(s.trim());
            }
        }
        Integer review = m.integer("reviewDays", true);
        if (review != null && (review < 1 || review > MAX_REVIEW_DAYS)) {
            m.problem("reviewDays", "must be a whole number of days from 1 to " + MAX_REVIEW_DAYS + " (got " + review + ")");
        }
        List<WarningRule> rules = new ArrayList<>();
        List<?> rawRules = m.list("rules", true);
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; rawRules != null && i < rawRules.size(); i++) {
            String path = ConfigReader.index(m.pathOf("rules"), i);
            WarningRule rule = rule(reader, reader.map(path, rawRules.get(i)), levels, kinds, schemes, codes);
            if (rule != null) {
                rules.add(rule);
            }
        }
        KeyByGrade byGrade = keyByGrade(m.map("keyByGrade", false), kinds, schemes);
        m.rejectUnknownKeys();
        if (reader.problems().size() > problemsBefore) {
            return null;
        }
        return new MonitoringPolicy(levels, review, rules, byGrade);
    }

    /**
     * {@code keyByGrade: { grades: [D, E], subjectKinds: [...], basis: "001 §32" }}: every grade must be on the scale
     * of the scheme that rates each watched kind, and may not be every grade of it (everybody would be under key
     * monitoring).
     */
    private static KeyByGrade keyByGrade(ConfigMap m, Map<SubjectKind, String> kinds, Map<String, Scheme> schemes) {
        if (m == null) {
            return null;
        }
        List<?> raw = m.list("grades", true);
        Set<String> grades = new LinkedHashSet<>();
        if (raw != null && raw.isEmpty()) {
            m.problem("grades", "must name at least one grade, or leave keyByGrade out");
        }
        for (int i = 0; raw != null && i < raw.size(); i++) {
            if (!(raw.get(i) instanceof String g) || g.isBlank()) {
                m.problem(ConfigReader.index("grades", i), "must be a grade of the scheme's scale, e.g. D");
            } else {
                grades.add(g.strip());
            }
        }
        Set<SubjectKind> watched = m.allowedValues("subjectKinds", SubjectKind.class, "subject kind",
                kinds::containsKey, "is not enabled under subjectKinds");
        String basis = m.string("basis", true);
        for (SubjectKind kind : watched) {
            Scheme s = schemes.get(kinds.get(kind));
            if (s == null || grades.isEmpty()) {
                continue;
            }
            List<String> scale = s.gradeScale().grades();
            List<String> unknown = KeyByGrade.unknown(grades, scale);
            if (!unknown.isEmpty()) {
                m.problem("grades", "grades " + unknown + " are not on scheme " + s.code() + "'s scale " + scale
                        + " for " + kind);
                break;
            }
            if (grades.containsAll(scale)) {
                m.problem("grades", "must leave at least one grade of scheme " + s.code() + "'s scale " + scale
                        + " out (every subject would be under key monitoring)");
                break;
            }
        }
        m.rejectUnknownKeys();
        return grades.isEmpty() || watched.isEmpty() || basis == null ? null : new KeyByGrade(grades, watched, basis);
    }

    private static WarningRule rule(ConfigReader reader, ConfigMap m, List<String> levels,
                                    Map<SubjectKind, String> kinds, Map<String, Scheme> schemes, Set<String> codes) {
        String code = m.string("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
        } else if (code != null && !codes.add(code)) {
            m.problem("code", "duplicate warning rule code " + code);
        }
        String name = m.string("name", true);
        String level = m.string("level", true);
        if (level != null && !levels.isEmpty() && !levels.contains(level)) {
            m.problem("level", "'" + level + "' is not one of monitoring.levels " + levels);
        }
        String basis = m.string("basis", true);
        Set<SubjectKind> watched = m.allowedValues("subjectKinds", SubjectKind.class, "subject kind",
                kinds::containsKey, "is not enabled under subjectKinds");
        WarningCondition when = condition(reader, m.map("when", true), watched, kinds, schemes);
        m.rejectUnknownKeys();
        if (code == null || name == null || level == null || basis == null || watched.isEmpty() || when == null) {
            return null;
        }
        return new WarningRule(code, name, level, watched, when, basis);
    }

    private static WarningCondition condition(ConfigReader reader, ConfigMap m, Set<SubjectKind> watched,
                                              Map<SubjectKind, String> kinds, Map<String, Scheme> schemes) {
        if (m == null) {
            return null;
        }
        List<ConditionKind> given = new ArrayList<>();
        for (ConditionKind k : ConditionKind.values()) {
            if (m.has(k.key())) {
                given.add(k);
            }
        }
        if (given.size() != 1) {
            for (ConditionKind k : ConditionKind.values()) {
                m.raw(k.key());
            }
            m.rejectUnknownKeys();
            m.problem(null, "must give exactly one of " + java.util.Arrays.stream(ConditionKind.values())
                    .map(ConditionKind::key).toList() + " (got " + given.size() + ")");
            return null;
        }
        ConditionKind kind = given.get(0);
        WarningCondition out = switch (kind) {
            case NEGATIVE_RECORDS -> negativeRecords(reader, m.map(kind.key(), true));
            case GRADE_DROP -> gradeDrop(m.map(kind.key(), true), watched, kinds, schemes);
            case SCORE_BELOW -> scoreBelow(m.map(kind.key(), true), watched, kinds, schemes);
            case FUND_EXPENDITURE_JUMP -> percent(m.map(kind.key(), true));
            case REPEAT_AFTER_REPAIR -> repeatAfterRepair(reader, m.map(kind.key(), true));
            case ELIGIBILITY_POINTS -> eligibilityPoints(m.map(kind.key(), true));
            case COMMITMENT_BROKEN, FALSE_REPAIR_MATERIALS -> {
                Boolean on = m.bool(kind.key(), true);
                if (Boolean.FALSE.equals(on)) {
                    m.problem(kind.key(), "must be true (leave the rule out to watch nothing)");
                }
                yield Boolean.TRUE.equals(on) ? WarningCondition.of(kind) : null;
            }
        };
        m.rejectUnknownKeys();
        return out;
    }

    private static WarningCondition negativeRecords(ConfigReader reader, ConfigMap m) {
        if (m == null) {
            return null;
        }
        Integer count = m.integer("count", true);
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            m.problem("count", "must be a whole number of records from 1 to " + MAX_COUNT + " (got " + count + ")");
        }
        Integer window = m.integer("windowDays", true);
        if (window != null && (window < 1 || window > MAX_WINDOW_DAYS)) {
            m.problem("windowDays", "must be a whole number of days from 1 to " + MAX_WINDOW_DAYS + " (got " + window + ")");
        }
        Set<InfoCategory> categories = enums(reader, m, "categories", InfoCategory.class);
        Set<Severity> severities = enums(reader, m, "severities", Severity.class);
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.NEGATIVE_RECORDS, count, window, categories, severities,
                null, null, null);
    }

    /** {@code repeatAfterRepair: { windowDays: D, categories: [...] }} (categories optional: every category). */
    private static WarningCondition repeatAfterRepair(ConfigReader reader, ConfigMap m) {
        if (m == null) {
            return null;
        }
        Integer window = m.integer("windowDays", true);
        if (window != null && (window < 1 || window > MAX_WINDOW_DAYS)) {
            m.problem("windowDays", "must be a whole number of days from 1 to " + MAX_WINDOW_DAYS + " (got " + window + ")");
        }
        Set<InfoCategory> categories = enums(reader, m, "categories", InfoCategory.class);
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.REPEAT_AFTER_REPAIR, null, window, categories, null, null, null, null);
    }

    private static <E extends Enum<E>> Set<E> enums(ConfigReader reader, ConfigMap m, String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        List<?> raw = m.list(key, false);
        if (raw != null && raw.isEmpty()) {
            m.problem(key, "must name at least one value, or be left out to count every one");
        }
        for (int i = 0; raw != null && i < raw.size(); i++) {
            E e = ConfigMap.toEnum(reader, ConfigReader.index(m.pathOf(key), i), raw.get(i), type);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static WarningCondition gradeDrop(ConfigMap m, Set<SubjectKind> watched, Map<SubjectKind, String> kinds,
                                              Map<String, Scheme> schemes) {
        if (m == null) {
            return null;
        }
        Integer steps = m.integer("steps", true);
        if (steps != null) {
            for (SubjectKind kind : watched) {
                Scheme s = schemes.get(kinds.get(kind));
                int grades = s == null ? 0 : s.gradeScale().bands().size();
                if (s != null && (steps < 1 || steps > grades - 1)) {
                    m.problem("steps", "must be from 1 to " + (grades - 1) + ", the steps of scheme " + s.code()
                            + "'s scale for " + kind + " (got " + steps + ")");
                    break;
                }
            }
        }
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.GRADE_DROP, null, null, null, null, steps, null, null);
    }

    private static WarningCondition scoreBelow(ConfigMap m, Set<SubjectKind> watched, Map<SubjectKind, String> kinds,
                                               Map<String, Scheme> schemes) {
        if (m == null) {
            return null;
        }
        Integer score = m.integer("score", true);
        if (score != null) {
            for (SubjectKind kind : watched) {
                Scheme s = schemes.get(kinds.get(kind));
                if (s == null) {
                    continue;
                }
                if (!s.method().isScored()) {
                    m.problem("score", "scheme " + s.code() + " for " + kind + " has no score (" + s.method()
                            + "); use gradeDrop instead");
                    break;
                }
                if (s.min() != null && s.max() != null && (score <= s.min() || score > s.max())) {
                    m.problem("score", "must lie within scheme " + s.code() + "'s scale for " + kind + ", above "
                            + s.min() + " and at most " + s.max() + " (got " + score + ")");
                    break;
                }
            }
        }
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.SCORE_BELOW, null, null, null, null, null, score, null);
    }

    private static WarningCondition percent(ConfigMap m) {
        if (m == null) {
            return null;
        }
        Integer percent = m.integer("percent", true);
        if (percent != null && (percent < 1 || percent > MAX_PERCENT)) {
            m.problem("percent", "must be a whole percentage from 1 to " + MAX_PERCENT + " (got " + percent + ")");
        }
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.FUND_EXPENDITURE_JUMP, null, null, null, null, null, null, percent);
    }

    /**
     * {@code eligibilityPoints: { atLeast: N }}: N on the national scale of a year's points, 1 to 12 (12
     * terminates; more cannot be reached in a year that matters).
     */
    private static WarningCondition eligibilityPoints(ConfigMap m) {
        if (m == null) {
            return null;
        }
        Integer atLeast = m.integer("atLeast", true);
        if (atLeast != null && (atLeast < 1 || atLeast > cn.yixin.domain.eligibility.EligibilityPolicy.TERMINATE_AT)) {
            m.problem("atLeast", "must be a whole number of points from 1 to "
                    + cn.yixin.domain.eligibility.EligibilityPolicy.TERMINATE_AT + " (got " + atLeast + ")");
        }
        m.rejectUnknownKeys();
        return new WarningCondition(ConditionKind.ELIGIBILITY_POINTS, atLeast, null, null, null, null, null, null);
    }
}
