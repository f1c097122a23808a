package cn.yixin.domain.eligibility;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.config.ConfigReader;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The optional {@code eligibility:} section of a tenant file (R-11.1; 医保发〔2024〕23号, 医保办发〔2024〕34号): what the
 * national documents leave to the province — how many months 9 points suspend (1–6), an optional interview (约谈)
 * threshold, how many points training may remove in a year (0–4) — and the province's catalogue of conduct with the
 * band of each responsibility. The thresholds themselves are national and fixed here: 9 suspends, 12 terminates,
 * with a re-registration bar of 1 year (cumulative) or 3 years (12 in one act). A tenant without the section keeps
 * no ledgers (its operations answer ELIGIBILITY_NOT_CONFIGURED).
 *
 * <p>Read back from the validated document, like {@code monitoring:} and {@code repair:}.</p>
 */
public record EligibilityPolicy(String basis, int suspensionMonths, Integer interviewAt, int reductionsPerYear,
                                List<CatalogueItem> catalogue) {

    /** 医保办发〔2024〕34号: a year's points reaching 9 suspend payment eligibility. */
    public static final int SUSPEND_AT = 9;
    /** 医保办发〔2024〕34号: 12 terminate it. */
    public static final int TERMINATE_AT = 12;
    public static final int BAR_YEARS_CUMULATIVE = 1;
    public static final int BAR_YEARS_SINGLE_ACT = 3;
    public static final int MIN_SUSPENSION_MONTHS = 1;
    public static final int MAX_SUSPENSION_MONTHS = 6;
    /** Tianjin's option: at most 4 points a year removed by training or participation. */
    public static final int MAX_REDUCTIONS_PER_YEAR = 4;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public EligibilityPolicy {
        catalogue = List.copyOf(catalogue);
    }

    public Optional<CatalogueItem> item(String code) {
        return catalogue.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * The catalogue item an act is scored under, refusing points outside 1–12, an unknown item, a responsibility the
     * item has no band for, and points outside the item's band for that responsibility.
     */
    public CatalogueItem requireFits(String itemCode, Responsibility responsibility, int points) {
        if (points < 1 || points > TERMINATE_AT) {
            throw DomainException.invalidField("points", "POINTS_OUT_OF_RANGE",
                    "一次行为的记分应为 1 至 12 分（实际为 " + points + "）。",
                    "An act scores from 1 to 12 points (got " + points + ").");
        }
        CatalogueItem item = item(itemCode).orElseThrow(() -> DomainException.invalidField("itemCode",
                "UNKNOWN_CATALOGUE_ITEM", "记分目录中没有所填的行为代码。",
                "The point catalogue has no conduct with code " + itemCode + "."));
        PointBand band = item.bands().get(responsibility);
        if (band == null) {
            throw DomainException.invalidField("responsibility", "RESPONSIBILITY_NOT_IN_CATALOGUE",
                    "记分目录中“" + item.name() + "”没有“" + responsibility.nameZh() + "”对应的记分档次。",
                    "The catalogue gives conduct " + item.code() + " no band for responsibility " + responsibility + ".");
        }
        if (!band.contains(points)) {
            throw DomainException.invalidField("points", "POINTS_OUTSIDE_BAND",
                    "“" + item.name() + "”（" + responsibility.nameZh() + "）的记分档次为 " + band.label() + " 分，实际为 "
                            + points + " 分。",
                    "Conduct " + item.code() + " with responsibility " + responsibility + " scores " + band.label()
                            + " points (got " + points + ").");
        }
        return item;
    }

    /** The tenant's policy, or empty when its file has no {@code eligibility:} section. */
    public static Optional<EligibilityPolicy> of(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("eligibility");
        if (section == null) {
            return Optional.empty();
        }
        ConfigReader reader = new ConfigReader("tenant " + config.id());
        EligibilityPolicy p = read(reader, reader.map("eligibility", section));
        if (reader.hasProblems() || p == null) {
            throw new IllegalStateException("eligibility section of a validated tenant does not read: " + reader.problems());
        }
        return Optional.of(p);
    }

    /** Reads and checks the section while the tenant file is parsed; null when there are problems (recorded). */
    public static EligibilityPolicy read(ConfigReader reader, ConfigMap m) {
        if (m == null) {
            return null;
        }
        int before = reader.problems().size();
        String basis = m.string("basis", true);
        Integer months = m.integer("suspensionMonths", true);
        if (months != null && (months < MIN_SUSPENSION_MONTHS || months > MAX_SUSPENSION_MONTHS)) {
            m.problem("suspensionMonths", "must be from " + MIN_SUSPENSION_MONTHS + " to " + MAX_SUSPENSION_MONTHS
                    + " months (医保办发〔2024〕34号; got " + months + ")");
        }
        Integer interview = m.integer("interviewAt", false);
        if (interview != null && (interview < 1 || interview >= SUSPEND_AT)) {
            m.problem("interviewAt", "must be from 1 to " + (SUSPEND_AT - 1) + " points, below suspension (got " + interview + ")");
        }
        Integer reductions = m.integer("reductionsPerYear", false);
        if (reductions != null && (reductions < 0 || reductions > MAX_REDUCTIONS_PER_YEAR)) {
            m.problem("reductionsPerYear", "must be from 0 to " + MAX_REDUCTIONS_PER_YEAR + " (got " + reductions + ")");
        }
        List<?> raw = m.list("catalogue", true);
        if (raw != null && raw.isEmpty()) {
            m.problem("catalogue", "must list at least one conduct");
        }
        List<CatalogueItem> items = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            CatalogueItem item = item(reader.map(ConfigReader.index(m.pathOf("catalogue"), i), raw.get(i)), codes);
            if (item != null) {
                items.add(item);
            }
        }
        m.rejectUnknownKeys();
        if (reader.problems().size() > before || basis == null || months == null) {
            return null;
        }
        return new EligibilityPolicy(basis, months, interview, reductions == null ? 0 : reductions, items);
    }

    private static CatalogueItem item(ConfigMap m, Set<String> codes) {
        String code = m.string("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            m.problem("code", "must be upper-case letters, digits and '_' (got '" + code + "')");
        } else if (code != null && !codes.add(code)) {
            m.problem("code", "duplicate catalogue code " + code);
        }
        String name = m.string("name", true);
        String basis = m.string("basis", true);
        ConfigMap bandsMap = m.map("bands", true);
        Map<Responsibility, PointBand> bands = new EnumMap<>(Responsibility.class);
        if (bandsMap != null) {
            for (String key : bandsMap.keys()) {
                Responsibility r;
                try {
                    r = Responsibility.valueOf(key);
                } catch (IllegalArgumentException e) {
                    bandsMap.raw(key);
                    bandsMap.problem(key, "must be one of " + java.util.Arrays.toString(Responsibility.values()));
                    continue;
                }
                Object v = bandsMap.raw(key);
                Optional<PointBand> band = PointBand.ofLabel(v == null ? null : v.toString());
                if (band.isEmpty()) {
                    bandsMap.problem(key, "must be one of the bands 1-3, 4-6, 7-9, 10-12 (got " + v + ")");
                } else {
                    bands.put(r, band.get());
                }
            }
            if (bandsMap.keys().isEmpty()) {
                m.problem("bands", "must give the band of at least one responsibility");
            }
            bandsMap.rejectUnknownKeys();
        }
        m.rejectUnknownKeys();
        if (code == null || name == null || basis == null || bands.isEmpty()) {
            return null;
        }
        return new CatalogueItem(code, name, basis, bands);
    }
}
