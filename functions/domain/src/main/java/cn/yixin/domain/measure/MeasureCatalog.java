package cn.yixin.domain.measure;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigProblem;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.tenant.Scheme;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code measures:} section of a tenant file (R-7.3, 004 §28; docs/tenant-file.md): the incentives and
 * punishments the tenant publishes. Like {@code repair:} it is read back from the validated document, so
 * {@link TenantConfig} keeps its shape.
 *
 * <p>Inheritance (R-7.3, 004 §28 "全国基础清单 + 省补充清单 + 市补充清单"): a tenant's measures in force are its
 * parent's in force followed by its own. A child may only add: it cannot repeat (and so cannot redefine or drop) a
 * code its ancestors publish, and every inherited measure for a kind it rates must name grades its own scale has.</p>
 */
public final class MeasureCatalog {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final int MAX_DURATION_MONTHS = 120;

    private MeasureCatalog() {
    }

    /** The tenant's own measures (not the inherited ones), from its validated document; empty without the section. */
    public static List<Measure> own(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("measures");
        if (!(section instanceof List<?> list)) {
            return List.of();
        }
        ConfigReader reader = new ConfigReader("tenant " + config.id());
        List<Measure> out = read(reader, list, config.id(), config.level(), config.subjectKinds(), config.schemes());
        if (reader.hasProblems()) {
            throw new IllegalStateException("measures of validated tenant " + config.id() + " no longer read: "
                    + reader.problems());
        }
        return out;
    }

    /** The measures in force for {@code config}: its ancestors' (nearest last) and then its own. */
    public static List<Measure> inForce(TenantConfig config, Function<String, Optional<TenantConfig>> tenants) {
        List<Measure> out = new ArrayList<>();
        if (config.parent() != null) {
            tenants.apply(config.parent()).ifPresent(parent -> out.addAll(inForce(parent, tenants)));
        }
        out.addAll(own(config));
        return out;
    }

    /** The measure of this code in force for the tenant, if any (R-7.3: nothing outside the lists). */
    public static Optional<Measure> find(List<Measure> inForce, String code) {
        return inForce.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The measures that hold for a subject of {@code kind} in the given state, in list order. */
    public static List<Measure> applicable(List<Measure> inForce, SubjectKind kind, String grade, boolean listed,
                                           boolean dishonestActInPeriod) {
        return inForce.stream().filter(m -> m.appliesTo(kind))
                .filter(m -> m.trigger().holds(grade, listed, dishonestActInPeriod)).toList();
    }

    /**
     * Checks a child's own measures against what it inherits (R-7.3: a child only adds). Problems name
     * {@code measures[i].code} or {@code measures[i].trigger.grades}, located in {@code source}.
     */
    public static List<ConfigProblem> checkInheritance(String source, TenantConfig child, List<Measure> inherited) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Measure> byCode = new LinkedHashMap<>();
        inherited.forEach(m -> byCode.putIfAbsent(m.code(), m));
        List<Measure> own = own(child);
        for (int i = 0; i < own.size(); i++) {
            Measure m = own.get(i);
            Measure parents = byCode.get(m.code());
            if (parents != null) {
                problems.add(new ConfigProblem(source + ": measures[" + i + "].code", "measure " + m.code()
                        + " is already published by tenant " + parents.tenant() + " (" + parents.list()
                        + "); a child tenant inherits its parent's measures and may only add new ones"));
            }
        }
        for (Measure m : inherited) {
            for (SubjectKind kind : m.subjectKinds()) {
                if (!child.enables(kind)) {
                    continue;
                }
                List<String> scale = child.schemeFor(kind).gradeScale().grades();
                for (String grade : m.trigger().grades()) {
                    if (!scale.contains(grade)) {
                        problems.add(new ConfigProblem(source + ": subjectKinds." + kind, "inherited measure "
                                + m.code() + " (tenant " + m.tenant() + ") is triggered by grade " + grade
                                + ", which this tenant's scale for " + kind + " lacks " + scale));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Reads and checks a {@code measures:} list; problems go to {@code reader} with paths {@code measures[i]…}.
     * Checked: unique upper-case codes, known type and list (the list the tenant's level may publish), enabled
     * subject kinds, a trigger of grades the kinds' scales all have or of the serious-dishonesty list (not both),
     * {@code noDishonestActInPeriod} only on an incentive triggered by grades, a listing trigger only on a
     * punishment, percentages from 0 to 100, a duration of 1–120 months, and a non-empty basis.
     */
    public static List<Measure> read(ConfigReader reader, List<?> list, String tenant, TenantLevel level,
                                     Map<SubjectKind, String> kinds, Map<String, Scheme> schemes) {
        List<Measure> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String path = ConfigReader.index("measures", i);
            ConfigMap m = reader.map(path, list.get(i));
            String code = m.string("code", true);
            if (code != null && !CODE.matcher(code).matches()) {
                m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
            } else if (code != null && !codes.add(code)) {
                m.problem("code", "duplicate measure code " + code);
            }
            String name = m.string("name", true);
            MeasureType type = m.enumValue("type", MeasureType.class, true);
            MeasureList listLevel = m.enumValue("list", MeasureList.class, true);
            if (listLevel != null && level != null && !listLevel.publishableBy(level)) {
                m.problem("list", "a " + level + " tenant cannot publish the " + listLevel + " list (a province "
                        + "publishes NATIONAL and PROVINCIAL, a city or district its CITY supplement)");
            }
            Set<SubjectKind> measureKinds = new LinkedHashSet<>();
            List<?> rawKinds = m.list("subjectKinds", true);
            if (rawKinds != null && rawKinds.isEmpty()) {
                m.problem("subjectKinds", "must name at least one subject kind");
            }
            boolean all = rawKinds != null && rawKinds.size() == 1 && "ALL".equals(rawKinds.get(0));
            if (all) {
                measureKinds.addAll(java.util.EnumSet.allOf(SubjectKind.class)); // every kind, a child's too
            }
            for (int k = 0; !all && rawKinds != null && k < rawKinds.size(); k++) {
                String kindPath = ConfigReader.index(m.pathOf("subjectKinds"), k);
                SubjectKind kind = ConfigMap.toEnum(reader, kindPath, rawKinds.get(k), SubjectKind.class);
                if (kind != null && !kinds.containsKey(kind)) {
                    reader.problem(kindPath, kind + " is not enabled under subjectKinds");
                } else if (kind != null) {
                    measureKinds.add(kind);
                }
            }
            MeasureTrigger trigger = trigger(reader, m.map("trigger", true), type, measureKinds, kinds, schemes);
            String basis = m.string("basis", true);
            MeasureEffect effect = effect(m.map("effect", true));
            Integer duration = m.integer("durationMonths", false);
            if (duration != null && (duration < 1 || duration > MAX_DURATION_MONTHS)) {
                m.problem("durationMonths", "must be a whole number of months from 1 to " + MAX_DURATION_MONTHS
                        + " (or absent: while the trigger holds)");
                duration = null;
            }
            m.rejectUnknownKeys();
            if (code != null && name != null && type != null && listLevel != null && trigger != null
                    && basis != null && effect != null && !measureKinds.isEmpty()) {
                out.add(new Measure(code, name, type, listLevel, measureKinds, trigger, basis, effect, duration, tenant));
            }
        }
        return out;
    }

    private static MeasureTrigger trigger(ConfigReader reader, ConfigMap t, MeasureType type, Set<SubjectKind> measureKinds,
                                          Map<SubjectKind, String> kinds, Map<String, Scheme> schemes) {
        if (t == null) {
            return null;
        }
        List<?> rawGrades = t.list("grades", false);
        Boolean listed = t.bool("listed", false);
        Boolean clean = t.bool("noDishonestActInPeriod", false);
        t.rejectUnknownKeys();
        boolean byList = Boolean.TRUE.equals(listed);
        boolean byGrade = rawGrades != null;
        if (byList == byGrade) {
            t.problem(null, "give exactly one of grades (a list of grades or classes) or listed: true "
                    + "(on the serious-dishonesty list)");
            return null;
        }
        if (byList && type == MeasureType.INCENTIVE) {
            t.problem("listed", "an incentive cannot be triggered by the serious-dishonesty list");
        }
        if (Boolean.TRUE.equals(clean) && (byList || type == MeasureType.PUNISHMENT)) {
            t.problem("noDishonestActInPeriod", "only an incentive triggered by grades may require no dishonest act "
                    + "in the period (004 §25)");
        }
        List<String> grades = new ArrayList<>();
        if (byGrade) {
            if (rawGrades.isEmpty()) {
                t.problem("grades", "must name at least one grade");
            }
            for (int g = 0; g < rawGrades.size(); g++) {
                String gradePath = ConfigReader.index(t.pathOf("grades"), g);
                if (!(rawGrades.get(g) instanceof String grade) || grade.isBlank()) {
                    reader.problem(gradePath, "must be a grade code");
                    continue;
                }
                Set<String> schemeCodes = new LinkedHashSet<>();
                measureKinds.stream().filter(kinds::containsKey).forEach(kind -> schemeCodes.add(kinds.get(kind)));
                for (String schemeCode : schemeCodes) {
                    Scheme scheme = schemes.get(schemeCode);
                    if (scheme != null && !scheme.gradeScale().contains(grade.trim())) {
                        reader.problem(gradePath, "unknown grade " + grade.trim() + ": scheme " + scheme.code()
                                + " (rating " + measureKinds.stream().filter(k -> schemeCode.equals(kinds.get(k)))
                                .map(Enum::name).toList() + ") has " + scheme.gradeScale().grades());
                    }
                }
                grades.add(grade.trim());
            }
        }
        return new MeasureTrigger(grades, byList, Boolean.TRUE.equals(clean));
    }

    private static MeasureEffect effect(ConfigMap e) {
        if (e == null) {
            return null;
        }
        String text = e.string("text", true);
        Double ofBase = percent(e, "inspectionOfBasePercent");
        Double atLeast = percent(e, "inspectionAtLeastPercent");
        Double prepayment = percent(e, "prepaymentPercent");
        Boolean fastTrack = e.bool("fastTrack", false);
        Boolean publicity = e.bool("publicity", false);
        e.rejectUnknownKeys();
        if (ofBase != null && atLeast != null) {
            e.problem("inspectionAtLeastPercent", "give inspectionOfBasePercent (a reduction) or "
                    + "inspectionAtLeastPercent (an increase), not both");
        }
        return text == null ? null : new MeasureEffect(text, ofBase, atLeast, prepayment,
                Boolean.TRUE.equals(fastTrack), Boolean.TRUE.equals(publicity));
    }

    private static Double percent(ConfigMap e, String key) {
        Double v = e.number(key, false);
        if (v != null && (v < 0 || v > 100)) {
            e.problem(key, "must be a percentage from 0 to 100 (got " + v + ")");
            return null;
        }
        return v;
    }
}
