package cn.yixin.domain.tenant;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.config.StrictYaml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tenant document (YAML or JSON, docs/tenant-file.md) strictly: unknown keys, missing keys, wrong types,
 * bad enum values and values that contradict each other are all problems, every one of them is collected, and
 * any problem rejects the tenant whole (R-1.2: configuration is data a bureau must be able to trust).
 */
public final class TenantConfigParser {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 60;
    static final int MAX_WINDOW_MONTHS = 120;

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern SCHEME_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern GRADE = Pattern.compile("[A-Z][A-Za-z0-9+-]{0,7}");
    private static final Pattern PATH_SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern PATH_INDEX = Pattern.compile("\\[(\\d+)]");

    private TenantConfigParser() {
    }

    /**
     * @param sourceName     how problem locations name the input: {@code tenants/440300.yaml}, or the API request
     * @param knownCalendars calendar names that exist (tenants/calendars/&lt;name&gt;-&lt;year&gt;.yaml)
     * @throws TenantConfigException with every problem found
     */
    public static TenantConfig parse(String sourceName, String yamlOrJsonText, Set<String> knownCalendars) {
        ConfigReader reader = new ConfigReader(sourceName);
        Optional<Object> document = StrictYaml.parse(yamlOrJsonText, reader);
        TenantConfig config = document.map(d -> new Reading(reader, knownCalendars).root(d)).orElse(null);
        if (reader.hasProblems() || config == null) {
            throw new TenantConfigException(reader.problems());
        }
        return config;
    }

    /** The state of reading one document; discarded afterwards. */
    private static final class Reading {
        private final ConfigReader reader;
        private final Set<String> knownCalendars;

        Reading(ConfigReader reader, Set<String> knownCalendars) {
            this.reader = reader;
            this.knownCalendars = knownCalendars;
        }

        TenantConfig root(Object doc) {
            ConfigMap root = reader.map("", doc);
            if (!(doc instanceof Map<?, ?>)) {
                return null;
            }
            String id = regionCode(root, "id", true);
            String name = root.string("name", true);
            String region = root.string("region", true);
            TenantLevel level = root.enumValue("level", TenantLevel.class, true);
            String parent = regionCode(root, "parent", false);
            if (parent != null && id != null) {
                checkParent(root, id, parent);
            }
            String calendar = root.string("calendar", true);
            if (calendar != null && !knownCalendars.contains(calendar)) {
                root.problem("calendar", "unknown calendar '" + calendar + "'; known: " + new TreeSet<>(knownCalendars)
                        + " (tenants/calendars/<name>-<year>.yaml)");
            }
            List<String> sources = strings(root, "sources");
            InForce inForce = inForce(root.map("inForce", false));
            Identity identity = identity(root.map("identity", true));
            Timelines timelines = timelines(root.map("timelines", true));
            EvaluationPolicy evaluation = evaluation(root.map("evaluation", true));
            SeriousDishonestyPolicy serious = seriousDishonesty(root.map("seriousDishonesty", true));
            ConfigMap schemesMap = root.map("schemes", true);
            Map<String, Scheme> schemes = schemes(schemesMap);
            Set<String> schemeCodes = schemesMap == null ? Set.of() : schemesMap.keys();
            Map<SubjectKind, String> kinds = subjectKinds(root.map("subjectKinds", true), schemeCodes);
            List<CommitmentTemplate> commitments = commitments(root.list("commitments", false), kinds.keySet());
            if (evaluation != null) {
                evaluation = new EvaluationPolicy(evaluation.cycle(), evaluation.repairRegrade(),
                        exclusions(pendingExclusions, kinds.keySet()));
            }
            List<?> measures = root.list("measures", false); // optional, 004 §28
            if (measures != null) {
                cn.yixin.domain.measure.MeasureCatalog.read(reader, measures, id, level, kinds, schemes);
            }
            List<DefaultNote> defaults = defaults(root.list("defaults", false), doc);
            cn.yixin.domain.repair.RepairPolicy.check(root.map("repair", false)); // optional; defaults
            cn.yixin.domain.disclosure.DisclosurePolicy.check(root.map("disclosure", false)); // optional; 004 §21
            // optional: warning rules, checked against the enabled kinds and their schemes' scales
            cn.yixin.domain.monitoring.MonitoringPolicy.read(reader, root.map("monitoring", false), kinds, schemes);
            // optional, R-11.3 (issue 16): payment-eligibility points, procurement credit rating
            cn.yixin.domain.eligibility.EligibilityPolicy.read(reader, root.map("eligibility", false));
            cn.yixin.domain.procurement.ProcurementPolicy.read(reader, root.map("procurement", false));
            root.rejectUnknownKeys();
            if (reader.hasProblems()) {
                return null;
            }
            return new TenantConfig(id, name, region, level, parent, calendar, sources, identity, timelines, evaluation,
                    serious, kinds, schemes, commitments, defaults, inForce, frozenMap((Map<?, ?>) doc));
        }

        private String regionCode(ConfigMap m, String key, boolean required) {
            Object v = m.raw(key);
            if (v == null) {
                if (required) {
                    m.problem(key, "required");
                }
                return null;
            }
            // Unquoted, YAML reads 440300 as a number and a code like 050000 as octal: only text is safe.
            if (!(v instanceof String s)) {
                m.problem(key, "must be a 6-digit GB/T 2260 region code in quotes, e.g. \"440300\" (got " + v + ")");
                return null;
            }
            if (!REGION_CODE.matcher(s).matches()) {
                m.problem(key, "must be a 6-digit GB/T 2260 region code (got '" + s + "')");
                return null;
            }
            return s;
        }

        /** GB/T 2260 codes nest: a region's code starts with its province's 2 and its city's 4 digits. */
        private void checkParent(ConfigMap root, String id, String parent) {
            if (parent.equals(id)) {
                root.problem("parent", "must not be the tenant itself (" + id + ")");
                return;
            }
            String prefix = parent.endsWith("0000") ? parent.substring(0, 2)
                    : parent.endsWith("00") ? parent.substring(0, 4) : parent;
            if (prefix.length() == 6 || !id.startsWith(prefix)) {
                root.problem("parent", parent + " is not a region that contains " + id
                        + " (a parent's GB/T 2260 code is a province xx0000 or city xxxx00 prefix of the child's)");
            }
        }

        private List<String> strings(ConfigMap m, String key) {
            List<?> list = m.list(key, true);
            List<String> out = new ArrayList<>();
            if (list == null) {
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s && !s.isBlank()) {
                    out.add(s.trim());
                } else {
                    reader.problem(ConfigReader.index(m.pathOf(key), i), "must be non-empty text");
                }
            }
            return out;
        }

        /**
         * {@code inForce:} (issue 12.10): {@code from} and optional {@code until}, quoted dates, and the article that
         * sets them; {@code until} not before {@code from}.
         */
        private InForce inForce(ConfigMap m) {
            if (m == null) {
                return null;
            }
            java.time.LocalDate from = date(m, "from", true);
            java.time.LocalDate until = date(m, "until", false);
            String basis = m.string("basis", true);
            m.rejectUnknownKeys();
            if (from != null && until != null && until.isBefore(from)) {
                m.problem("until", "must not be before inForce.from (" + from + ")");
                return null;
            }
            return from == null || basis == null ? null : new InForce(from, until, basis.trim());
        }

        private java.time.LocalDate date(ConfigMap m, String key, boolean required) {
            Object v = m.raw(key);
            if (v == null) {
                if (required) {
                    m.problem(key, "required");
                }
                return null;
            }
            try {
                return java.time.LocalDate.parse(String.valueOf(v).trim());
            } catch (java.time.format.DateTimeParseException e) {
                m.problem(key, "'" + v + "' is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        private Identity identity(ConfigMap m) {
            if (m == null) {
                return null;
            }
            String issuer = url(m, "issuer");
            String jwks = url(m, "jwksUri");
            m.rejectUnknownKeys();
            return new Identity(issuer, jwks);
        }

        private String url(ConfigMap m, String key) {
            String s = m.string(key, true);
            if (s == null) {
                return null;
            }
            try {
                URI uri = new URI(s);
                boolean loopback = "http".equals(uri.getScheme())
                        && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
                if (uri.getHost() == null || !("https".equals(uri.getScheme()) || loopback)) {
                    m.problem(key, "must be an https URL (got '" + s + "')");
                }
            } catch (URISyntaxException e) {
                m.problem(key, "is not a URL: " + e.getReason());
            }
            return s;
        }

        private Timelines timelines(ConfigMap m) {
            if (m == null) {
                return null;
            }
            int[] days = new int[4];
            String[] keys = {"objectionFilingDays", "objectionDecisionDays", "repairPublicityDays", "correctionDays"};
            for (int i = 0; i < keys.length; i++) {
                Object v = m.raw(keys[i]);
                if (v == null) {
                    m.problem(keys[i], "required");
                } else if (!(v instanceof Integer n) || n < MIN_DAYS || n > MAX_DAYS) {
                    m.problem(keys[i], "must be a whole number of working days from " + MIN_DAYS + " to " + MAX_DAYS
                            + " (got " + v + ")");
                } else {
                    days[i] = n;
                }
            }
            m.rejectUnknownKeys();
            return new Timelines(days[0], days[1], days[2], days[3]);
        }

        private EvaluationPolicy evaluation(ConfigMap m) {
            if (m == null) {
                return null;
            }
            EvaluationCycle cycle = m.enumValue("cycle", EvaluationCycle.class, true);
            RepairRegrade regrade = m.enumValue("repairRegrade", RepairRegrade.class, true);
            pendingExclusions = m.list("exclusions", false);
            pendingExclusionsPath = m.pathOf("exclusions");
            m.rejectUnknownKeys();
            return new EvaluationPolicy(cycle, regrade, List.of());
        }

        /** Read with the evaluation section, checked once the enabled kinds are known. */
        private List<?> pendingExclusions;
        private String pendingExclusionsPath;

        /**
         * {@code evaluation.exclusions} (R-5.6, issue 12.3): each rule a known case, its basis (the article of this
         * tenant's source), and enabled kinds only; one case at most once per kind. Optional: absent, nobody is
         * excluded.
         */
        private List<ExclusionRule> exclusions(List<?> list, Set<SubjectKind> enabled) {
            List<ExclusionRule> out = new ArrayList<>();
            if (list == null) {
                return out;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index(pendingExclusionsPath, i);
                ConfigMap m = reader.map(path, list.get(i));
                cn.yixin.domain.evaluation.Exclusion rule =
                        m.enumValue("rule", cn.yixin.domain.evaluation.Exclusion.class, true);
                String basis = m.string("basis", true);
                if (basis != null && basis.isBlank()) {
                    m.problem("basis", "must name the article of the source document that sets the rule");
                    basis = null;
                }
                Set<SubjectKind> kinds = new LinkedHashSet<>();
                List<?> rawKinds = m.list("subjectKinds", true);
                if (rawKinds != null && rawKinds.isEmpty()) {
                    m.problem("subjectKinds", "must name at least one subject kind");
                }
                for (int k = 0; rawKinds != null && k < rawKinds.size(); k++) {
                    String kindPath = ConfigReader.index(m.pathOf("subjectKinds"), k);
                    SubjectKind kind = ConfigMap.toEnum(reader, kindPath, rawKinds.get(k), SubjectKind.class);
                    if (kind != null && !enabled.contains(kind)) {
                        reader.problem(kindPath, kind + " is not enabled under subjectKinds");
                    } else if (kind != null && rule != null && !seen.add(rule + "/" + kind)) {
                        reader.problem(kindPath, "rule " + rule + " is already given for " + kind);
                    } else if (kind != null) {
                        kinds.add(kind);
                    }
                }
                m.rejectUnknownKeys();
                if (rule != null && basis != null && !kinds.isEmpty()) {
                    out.add(new ExclusionRule(rule, basis.trim(), kinds));
                }
            }
            return out;
        }

        private SeriousDishonestyPolicy seriousDishonesty(ConfigMap m) {
            if (m == null) {
                return null;
            }
            Boolean lowest = m.bool("lowestGrade", true);
            m.rejectUnknownKeys();
            return new SeriousDishonestyPolicy(Boolean.TRUE.equals(lowest));
        }

        private Map<SubjectKind, String> subjectKinds(ConfigMap m, Set<String> schemeCodes) {
            Map<SubjectKind, String> out = new EnumMap<>(SubjectKind.class);
            if (m == null) {
                return out;
            }
            if (m.keys().isEmpty()) {
                m.problem(null, "must enable at least one subject kind");
            }
            for (String key : List.copyOf(m.keys())) {
                SubjectKind kind = ConfigMap.toEnum(reader, m.pathOf(key), key, SubjectKind.class);
                String scheme = m.string(key, true);
                if (scheme != null && !schemeCodes.contains(scheme)) {
                    m.problem(key, "names scheme '" + scheme + "', which is not defined under schemes (defined: "
                            + new TreeSet<>(schemeCodes) + ")");
                }
                if (kind != null && scheme != null) {
                    out.put(kind, scheme);
                }
            }
            return out;
        }

        private Map<String, Scheme> schemes(ConfigMap m) {
            Map<String, Scheme> out = new LinkedHashMap<>();
            if (m == null) {
                return out;
            }
            if (m.keys().isEmpty()) {
                m.problem(null, "must define at least one scheme");
            }
            for (String code : List.copyOf(m.keys())) {
                if (!SCHEME_CODE.matcher(code).matches()) {
                    m.problem(code, "scheme name must be letters, digits, '-' or '_'");
                }
                ConfigMap s = m.map(code, true);
                Scheme scheme = s == null ? null : scheme(code, s);
                if (scheme != null) {
                    out.put(code, scheme);
                }
            }
            return out;
        }

        private Scheme scheme(String code, ConfigMap m) {
            ScoringMethod method = m.enumValue("method", ScoringMethod.class, true);
            if (method == null) {
                // Without a method nothing else can be judged; don't bury the real problem under "unknown key"s.
                m.keys().forEach(m::raw);
                return null;
            }
            return method.isScored() ? scoredScheme(code, method, m) : severityCountScheme(code, m);
        }

        private Scheme scoredScheme(String code, ScoringMethod method, ConfigMap m) {
            String why = "used by SEVERITY_COUNT schemes only";
            m.forbid("windowMonths", why);
            m.forbid("classes", why);
            m.forbid("order", why);
            Integer base = m.integer("base", true);
            Integer min = m.integer("min", true);
            Integer max = m.integer("max", true);
            boolean rangeOk = min != null && max != null && min < max;
            if (min != null && max != null && min >= max) {
                m.problem("max", "must be greater than min (" + min + ")");
            }
            if (rangeOk && base != null && (base < min || base > max)) {
                m.problem("base", "must lie between min (" + min + ") and max (" + max + ")");
            }
            Map<InfoCategory, Double> weights = new EnumMap<>(InfoCategory.class);
            if (method == ScoringMethod.ADD_SUBTRACT) {
                m.forbid("weights", "weights apply to POINTS schemes only; ADD_SUBTRACT adds and subtracts item points as they are");
            } else {
                weights = weights(m.map("weights", false));
            }
            List<IndicatorItem> items = items(m);
            List<GradeBand> grades = bands(m, rangeOk ? min : null, rangeOk ? max : null);
            m.rejectUnknownKeys();
            return new Scheme(code, method, base, min, max, weights, items, grades, null, null, null);
        }

        private Map<InfoCategory, Double> weights(ConfigMap m) {
            Map<InfoCategory, Double> out = new EnumMap<>(InfoCategory.class);
            if (m == null) {
                return out;
            }
            for (String key : List.copyOf(m.keys())) {
                InfoCategory category = ConfigMap.toEnum(reader, m.pathOf(key), key, InfoCategory.class);
                Double w = m.number(key, true);
                if (w != null && w <= 0) {
                    m.problem(key, "must be greater than 0 (got " + w + ")");
                } else if (w != null && category != null) {
                    out.put(category, w);
                }
            }
            return out;
        }

        private List<IndicatorItem> items(ConfigMap scheme) {
            List<IndicatorItem> out = new ArrayList<>();
            List<?> list = scheme.list("items", true);
            if (list == null) {
                return out;
            }
            if (list.isEmpty()) {
                scheme.problem("items", "must list at least one indicator item");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index(scheme.pathOf("items"), i);
                ConfigMap m = reader.map(path, list.get(i));
                String code = m.string("code", true);
                if (code != null && !ITEM_CODE.matcher(code).matches()) {
                    m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
                }
                if (code != null && seen.containsKey(code)) {
                    m.problem("code", "duplicate item code " + code + " (also items[" + seen.get(code) + "])");
                } else if (code != null) {
                    seen.put(code, i);
                }
                String name = m.string("name", true);
                InfoCategory category = m.enumValue("category", InfoCategory.class, true);
                Polarity polarity = m.enumValue("polarity", Polarity.class, true);
                Severity severity = null;
                if (polarity == Polarity.POSITIVE) {
                    m.forbid("severity", "positive (守信) items have no severity");
                } else if (polarity == Polarity.NEGATIVE) {
                    severity = m.enumValue("severity", Severity.class, true);
                } else {
                    m.raw("severity");
                }
                Integer points = m.integer("points", true);
                if (points != null && polarity == Polarity.NEGATIVE && points >= 0) {
                    m.problem("points", "must be negative for a NEGATIVE item (got " + points + ")");
                } else if (points != null && polarity == Polarity.POSITIVE && points <= 0) {
                    m.problem("points", "must be positive for a POSITIVE item (got " + points + ")");
                }
                Integer cap = m.integer("cap", false);
                if (cap != null && points != null && cap < Math.abs(points)) {
                    m.problem("cap", "must be at least the item's own points (" + Math.abs(points)
                            + "), or not even one record could count in full");
                } else if (cap != null && cap <= 0) {
                    m.problem("cap", "must be a positive number of points (got " + cap + ")");
                }
                m.rejectUnknownKeys();
                if (code != null && name != null && category != null && polarity != null && points != null) {
                    out.add(new IndicatorItem(code, name, category, polarity, severity, points, cap));
                }
            }
            return out;
        }

        private List<GradeBand> bands(ConfigMap scheme, Integer schemeMin, Integer schemeMax) {
            List<GradeBand> out = new ArrayList<>();
            List<?> list = scheme.list("grades", true);
            if (list == null) {
                return out;
            }
            if (list.size() < 2) {
                scheme.problem("grades", "must list at least two grade bands, best first");
            }
            Set<String> grades = new LinkedHashSet<>();
            Integer previous = null;
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index(scheme.pathOf("grades"), i);
                ConfigMap m = reader.map(path, list.get(i));
                String grade = grade(m, grades);
                String name = m.string("name", true);
                Integer min = m.integer("min", false);
                boolean last = i == list.size() - 1;
                if (last && m.has("min")) {
                    m.problem("min", "the last band takes every lower score and must have no min");
                } else if (!last && m.raw("min") == null) {
                    m.problem("min", "required for every band but the last");
                } else if (min != null) {
                    if (previous != null && min >= previous) {
                        m.problem("min", "must be lower than the band before it (" + previous
                                + "): bands are listed best first with strictly descending minimums");
                    }
                    if (schemeMin != null && min <= schemeMin) {
                        m.problem("min", "must be above the scheme's min (" + schemeMin
                                + "), or the bands after it could never be reached");
                    } else if (schemeMax != null && min > schemeMax) {
                        m.problem("min", "is above the scheme's max (" + schemeMax + ") and could never be reached");
                    }
                    previous = min;
                }
                m.rejectUnknownKeys();
                if (grade != null && name != null) {
                    out.add(new GradeBand(grade, name, last ? null : min));
                }
            }
            return out;
        }

        private String grade(ConfigMap m, Set<String> seen) {
            String grade = m.string("grade", true);
            if (grade == null) {
                return null;
            }
            if (!GRADE.matcher(grade).matches()) {
                m.problem("grade", "must be a short code starting with an upper-case letter (got '" + grade + "')");
            }
            if (seen != null && !seen.add(grade)) {
                m.problem("grade", "grade " + grade + " is listed twice");
            }
            return grade;
        }

        private Scheme severityCountScheme(String code, ConfigMap m) {
            String why = "not used by SEVERITY_COUNT schemes, which classify by counting acts and have no score";
            for (String key : List.of("base", "min", "max", "weights", "items", "grades")) {
                m.forbid(key, why);
            }
            Integer window = m.integer("windowMonths", true);
            if (window != null && (window < 1 || window > MAX_WINDOW_MONTHS)) {
                m.problem("windowMonths", "must be a whole number of months from 1 to " + MAX_WINDOW_MONTHS + " (got " + window + ")");
            }
            List<ClassRule> classes = classes(m);
            List<String> order = order(m, classes);
            m.rejectUnknownKeys();
            return new Scheme(code, ScoringMethod.SEVERITY_COUNT, null, null, null, null, null, null, window, classes, order);
        }

        private List<ClassRule> classes(ConfigMap scheme) {
            List<ClassRule> out = new ArrayList<>();
            List<?> list = scheme.list("classes", true);
            if (list == null) {
                return out;
            }
            if (list.isEmpty()) {
                scheme.problem("classes", "must list at least one class");
            }
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index(scheme.pathOf("classes"), i);
                ConfigMap m = reader.map(path, list.get(i));
                String grade = grade(m, null);
                String name = m.string("name", true);
                if (grade != null && name != null) {
                    String earlier = names.putIfAbsent(grade, name);
                    if (earlier != null && !earlier.equals(name)) {
                        m.problem("name", "grade " + grade + " is already named '" + earlier + "' by an earlier class");
                    }
                }
                boolean last = i == list.size() - 1;
                ClassCondition when = null;
                if (m.has("when")) {
                    when = condition(m.map("when", true));
                    if (last) {
                        m.problem("when", "the last class takes every subject no earlier class matched and must have no condition");
                    }
                } else {
                    m.raw("when");
                    if (!last) {
                        m.problem("when", "required: only the last class may have no condition, or the classes after it could never match");
                    }
                }
                m.rejectUnknownKeys();
                if (grade != null && name != null) {
                    out.add(new ClassRule(grade, name, when));
                }
            }
            return out;
        }

        private ClassCondition condition(ConfigMap m) {
            if (m == null) {
                return null;
            }
            Boolean listed = m.bool("listed", false);
            Integer serious = atLeast(m, "seriousAtLeast");
            Integer general = atLeast(m, "generalAtLeast");
            m.rejectUnknownKeys();
            if (m.keys().isEmpty()) {
                m.problem(null, "must give at least one of listed, seriousAtLeast, generalAtLeast");
            }
            return new ClassCondition(listed, serious, general);
        }

        private Integer atLeast(ConfigMap m, String key) {
            Integer n = m.integer(key, false);
            if (n != null && n < 1) {
                m.problem(key, "must be at least 1 (got " + n + ")");
            }
            return n;
        }

        private List<String> order(ConfigMap scheme, List<ClassRule> classes) {
            List<String> order = new ArrayList<>();
            List<?> list = scheme.list("order", true);
            if (list == null) {
                return order;
            }
            if (list.size() < 2) {
                scheme.problem("order", "must list at least two grades, best first");
            }
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index(scheme.pathOf("order"), i);
                if (!(list.get(i) instanceof String g) || g.isBlank()) {
                    reader.problem(path, "must be a grade code");
                } else if (order.contains(g.trim())) {
                    reader.problem(path, "grade " + g.trim() + " is listed twice");
                } else {
                    order.add(g.trim());
                }
            }
            Set<String> used = new LinkedHashSet<>();
            List<?> rawClasses = Optional.ofNullable(scheme.raw("classes")).filter(List.class::isInstance)
                    .map(List.class::cast).orElse(List.of());
            for (int i = 0; i < rawClasses.size(); i++) {
                if (rawClasses.get(i) instanceof Map<?, ?> c && c.get("grade") instanceof String g) {
                    used.add(g.trim());
                    if (!order.isEmpty() && !order.contains(g.trim())) {
                        reader.problem(ConfigReader.index(scheme.pathOf("classes"), i) + ".grade",
                                "grade " + g.trim() + " is not in order " + order);
                    }
                }
            }
            for (int i = 0; i < order.size(); i++) {
                if (!classes.isEmpty() && !used.contains(order.get(i))) {
                    reader.problem(ConfigReader.index(scheme.pathOf("order"), i),
                            "no class assigns grade " + order.get(i));
                }
            }
            return order;
        }

        private List<CommitmentTemplate> commitments(List<?> list, Set<SubjectKind> enabled) {
            List<CommitmentTemplate> out = new ArrayList<>();
            if (list == null) {
                return out;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = ConfigReader.index("commitments", i);
                ConfigMap m = reader.map(path, list.get(i));
                String code = m.string("code", true);
                if (code != null && !ITEM_CODE.matcher(code).matches()) {
                    m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
                }
                if (code != null && !codes.add(code)) {
                    m.problem("code", "duplicate commitment code " + code);
                }
                String title = m.string("title", true);
                List<SubjectKind> kinds = new ArrayList<>(m.allowedValues("subjectKinds", SubjectKind.class,
                        "subject kind", enabled::contains, "is not enabled under subjectKinds"));
                String text = m.string("text", true);
                CommitmentBreach breach = null;
                ConfigMap b = m.map("breach", true);
                if (b != null) {
                    InfoCategory category = b.enumValue("category", InfoCategory.class, true);
                    Severity severity = b.enumValue("severity", Severity.class, true);
                    b.rejectUnknownKeys();
                    breach = new CommitmentBreach(category, severity);
                }
                m.rejectUnknownKeys();
                if (code != null && title != null && text != null && breach != null) {
                    out.add(new CommitmentTemplate(code, title, kinds, text, breach));
                }
            }
            return out;
        }

        private List<DefaultNote> defaults(List<?> list, Object doc) {
            List<DefaultNote> out = new ArrayList<>();
            if (list == null) {
                return out;
            }
            for (int i = 0; i < list.size(); i++) {
                ConfigMap m = reader.map(ConfigReader.index("defaults", i), list.get(i));
                String path = m.string("path", true);
                String why = m.string("why", true);
                m.rejectUnknownKeys();
                if (path != null && !pathExists(doc, path)) {
                    m.problem("path", "'" + path + "' does not exist in this document");
                }
                if (path != null && why != null) {
                    out.add(new DefaultNote(path, why));
                }
            }
            return out;
        }
    }

    /** Whether {@code a.b[2].c} names a value present in the parsed document. */
    static boolean pathExists(Object doc, String path) {
        Object node = doc;
        for (String segment : path.split("\\.", -1)) {
            Matcher m = PATH_SEGMENT.matcher(segment);
            if (!m.matches() || !(node instanceof Map<?, ?> map) || !map.containsKey(m.group(1))) {
                return false;
            }
            node = map.get(m.group(1));
            Matcher idx = PATH_INDEX.matcher(m.group(2));
            while (idx.find()) {
                int i = Integer.parseInt(idx.group(1));
                if (!(node instanceof List<?> l) || i >= l.size()) {
                    return false;
                }
                node = l.get(i);
            }
        }
        return true;
    }

    private static Map<String, Object> frozenMap(Map<?, ?> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), frozen(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object frozen(Object v) {
        if (v instanceof Map<?, ?> m) {
            return frozenMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(frozen(x)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
