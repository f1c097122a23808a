package cn.yixin.domain.procurement;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.tenant.TenantConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional {@code procurement:} section of a tenant file (R-11.3; 医保发〔2020〕34号, 2025 operating rules): the
 * rated conducts with their amount thresholds or fixed level, and per level its disposal measures and clearance
 * period. Thresholds are data, never code. A tenant without the section rates no procurement cases.
 */
public record ProcurementPolicy(String basis, List<Conduct> conducts, Map<ProcurementLevel, LevelRule> levels) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    static final int MAX_CLEAR_MONTHS = 120;

    public ProcurementPolicy {
        conducts = List.copyOf(conducts);
        levels = java.util.Collections.unmodifiableMap(new EnumMap<>(levels));
    }

    public Conduct conduct(String code) {
        return conducts.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("conduct", "UNKNOWN_CONDUCT",
                        "本地区医药价格和招采信用评价规则中没有所填的失信行为代码。",
                        "The tenant's procurement credit rules have no conduct with code " + code + "."));
    }

    public LevelRule rule(ProcurementLevel level) {
        return levels.get(level);
    }

    /** The company's rating: the highest level among its active cases, or empty when none is active. */
    public static Optional<ProcurementLevel> rating(List<ProcurementCase> cases) {
        return cases.stream().filter(ProcurementCase::active).map(ProcurementCase::level)
                .max(Comparator.comparingInt(ProcurementLevel::rank).thenComparing(l -> l.scale().ordinal()));
    }

    public static Optional<ProcurementPolicy> of(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("procurement");
        if (section == null) {
            return Optional.empty();
        }
        ConfigReader reader = new ConfigReader("tenant " + config.id());
        ProcurementPolicy p = read(reader, reader.map("procurement", section));
        if (reader.hasProblems() || p == null) {
            throw new IllegalStateException("procurement section of a validated tenant does not read: " + reader.problems());
        }
        return Optional.of(p);
    }

    public static ProcurementPolicy read(ConfigReader reader, ConfigMap m) {
        if (m == null) {
            return null;
        }
        int before = reader.problems().size();
        String basis = m.string("basis", true);
        Map<ProcurementLevel, LevelRule> levels = new EnumMap<>(ProcurementLevel.class);
        List<?> rawLevels = m.list("levels", true);
        for (int i = 0; rawLevels != null && i < rawLevels.size(); i++) {
            ConfigMap l = reader.map(ConfigReader.index(m.pathOf("levels"), i), rawLevels.get(i));
            ProcurementLevel level = l.enumValue("level", ProcurementLevel.class, true);
            Integer months = l.integer("clearAfterMonths", true);
            if (months != null && (months < 0 || months > MAX_CLEAR_MONTHS)) {
                l.problem("clearAfterMonths", "must be from 0 to " + MAX_CLEAR_MONTHS + " months (got " + months + ")");
            }
            Boolean all = l.bool("allProducts", false);
            List<String> measures = new ArrayList<>();
            List<?> rawMeasures = l.list("measures", true);
            for (int j = 0; rawMeasures != null && j < rawMeasures.size(); j++) {
                if (rawMeasures.get(j) instanceof String s && !s.isBlank()) {
                    measures.add(s.trim());
                } else {
                    reader.problem(ConfigReader.index(l.pathOf("measures"), j), "must be the text of a disposal measure");
                }
            }
            l.rejectUnknownKeys();
            if (level != null && levels.containsKey(level)) {
                l.problem("level", "level " + level + " is listed twice");
            } else if (level != null && months != null) {
                levels.put(level, new LevelRule(level, months, Boolean.TRUE.equals(all), measures));
            }
        }
        List<Conduct> conducts = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<?> rawConducts = m.list("conducts", true);
        for (int i = 0; rawConducts != null && i < rawConducts.size(); i++) {
            Conduct c = conduct(reader, reader.map(ConfigReader.index(m.pathOf("conducts"), i), rawConducts.get(i)),
                    codes, levels);
            if (c != null) {
                conducts.add(c);
            }
        }
        m.rejectUnknownKeys();
        if (reader.problems().size() > before || basis == null) {
            return null;
        }
        return new ProcurementPolicy(basis, conducts, levels);
    }

    private static Conduct conduct(ConfigReader reader, ConfigMap m, Set<String> codes,
                                   Map<ProcurementLevel, LevelRule> levels) {
        String code = m.string("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
        } else if (code != null && !codes.add(code)) {
            m.problem("code", "duplicate conduct code " + code);
        }
        String name = m.string("name", true);
        String basis = m.string("basis", true);
        RatingScale scale = m.enumValue("scale", RatingScale.class, true);
        ProcurementLevel fixed = m.enumValue("level", ProcurementLevel.class, false);
        ConfigMap t = m.has("amountThresholds") ? m.map("amountThresholds", true) : null;
        Map<ProcurementLevel, BigDecimal> thresholds = new LinkedHashMap<>();
        if ((fixed == null) == (t == null)) {
            m.raw("amountThresholds");
            m.problem(null, "must give exactly one of level (a fixed level) or amountThresholds");
        }
        if (t != null) {
            BigDecimal last = null;
            for (String key : t.keys()) {
                Object v = t.raw(key);
                ProcurementLevel level = ConfigMap.toEnum(reader, t.pathOf(key), key, ProcurementLevel.class);
                if (level == null) {
                    continue;
                }
                if (!(v instanceof String s) || !Yuan.valid(s)) {
                    t.problem(key, "must be an amount in yuan as quoted text with at most 2 decimals, e.g. \"10000\"");
                    continue;
                }
                BigDecimal amount = new BigDecimal(s);
                if (last != null && amount.compareTo(last) <= 0) {
                    t.problem(key, "thresholds must rise with the level (" + s + " after " + last.toPlainString() + ")");
                }
                last = amount;
                thresholds.put(level, amount);
            }
            t.rejectUnknownKeys();
        }
        for (ProcurementLevel l : fixed != null ? List.of(fixed) : List.copyOf(thresholds.keySet())) {
            if (scale != null && l.scale() != scale) {
                m.problem("scale", "level " + l + " belongs to scale " + l.scale() + ", not " + scale);
            }
            if (!levels.containsKey(l)) {
                m.problem(fixed != null ? "level" : "amountThresholds", "level " + l + " has no entry under procurement.levels");
            }
        }
        m.rejectUnknownKeys();
        if (code == null || name == null || basis == null || scale == null) {
            return null;
        }
        return new Conduct(code, name, basis, scale, thresholds, fixed);
    }
}
