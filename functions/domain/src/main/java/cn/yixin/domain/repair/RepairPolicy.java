package cn.yixin.domain.repair;

import cn.yixin.domain.Severity;
import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The optional {@code repair:} section of a tenant file: how long a dishonest act of each severity
 * is published at least (before repair may be applied for) and at most (publication then ends by itself), counted
 * from the penalty date, and how many months without a new dishonest act a subject needs before it may apply.
 * A tenant file without the section gets the national defaults of 国办发〔2025〕22号.
 *
 * <p>Kept out of {@link TenantConfig}'s components on purpose: it is read back from the validated document, so the
 * configuration record (which other features construct and extend) does not change shape.</p>
 */
public record RepairPolicy(Map<Severity, Integer> minPublicationMonths, Map<Severity, Integer> maxPublicationMonths,
                           int cleanMonthsBeforeRepair) {

    static final int MAX_MONTHS = 120;

    /** minor none / at most 3 months; general 3 months / 1 year; serious 1 year / 3 years. */
    public static final RepairPolicy DEFAULT = new RepairPolicy(
            Map.of(Severity.MINOR, 0, Severity.GENERAL, 3, Severity.SERIOUS, 12),
            Map.of(Severity.MINOR, 3, Severity.GENERAL, 12, Severity.SERIOUS, 36), 0);

    public RepairPolicy {
        minPublicationMonths = Collections.unmodifiableMap(new EnumMap<>(minPublicationMonths));
        maxPublicationMonths = Collections.unmodifiableMap(new EnumMap<>(maxPublicationMonths));
    }

    public int minMonths(Severity s) {
        return minPublicationMonths.getOrDefault(s, DEFAULT.minPublicationMonths.get(s));
    }

    public int maxMonths(Severity s) {
        return maxPublicationMonths.getOrDefault(s, DEFAULT.maxPublicationMonths.get(s));
    }

    /** The tenant's policy, from its (already validated) document; the defaults when it has no {@code repair:}. */
    public static RepairPolicy of(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("repair");
        if (!(section instanceof Map<?, ?> m)) {
            return DEFAULT;
        }
        Map<Severity, Integer> min = months(m.get("minPublicationMonths"), DEFAULT.minPublicationMonths);
        Map<Severity, Integer> max = months(m.get("maxPublicationMonths"), DEFAULT.maxPublicationMonths);
        Object clean = m.get("cleanMonthsBeforeRepair");
        return new RepairPolicy(min, max, clean instanceof Integer n ? n : 0);
    }

    private static Map<Severity, Integer> months(Object raw, Map<Severity, Integer> defaults) {
        Map<Severity, Integer> out = new EnumMap<>(defaults);
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(Severity.valueOf(k.toString().trim()), (Integer) v));
        }
        return out;
    }

    /**
     * Checks the section while the tenant file is parsed (strict, like the rest of the file): whole months from 0 to
     * {@value #MAX_MONTHS}, known severities only, and no maximum shorter than its minimum.
     */
    public static void check(ConfigMap m) {
        if (m == null) {
            return;
        }
        Map<Severity, Integer> min = checkMonths(m.map("minPublicationMonths", false), DEFAULT.minPublicationMonths);
        Map<Severity, Integer> max = checkMonths(m.map("maxPublicationMonths", false), DEFAULT.maxPublicationMonths);
        for (Severity s : Severity.values()) {
            if (min.get(s) != null && max.get(s) != null && max.get(s) < min.get(s)) {
                m.problem("maxPublicationMonths", "maximum for " + s + " (" + max.get(s)
                        + ") is shorter than its minimum (" + min.get(s) + ")");
            }
        }
        Object clean = m.raw("cleanMonthsBeforeRepair");
        if (clean != null && (!(clean instanceof Integer n) || n < 0 || n > MAX_MONTHS)) {
            m.problem("cleanMonthsBeforeRepair", "must be a whole number of months from 0 to " + MAX_MONTHS
                    + " (got " + clean + ")");
        }
        m.rejectUnknownKeys();
    }

    private static Map<Severity, Integer> checkMonths(ConfigMap m, Map<Severity, Integer> defaults) {
        Map<Severity, Integer> out = new EnumMap<>(defaults);
        if (m == null) {
            return out;
        }
        for (Severity s : Severity.values()) {
            Object v = m.raw(s.name());
            if (v == null) {
                continue;
            }
            if (!(v instanceof Integer n) || n < 0 || n > MAX_MONTHS) {
                m.problem(s.name(), "must be a whole number of months from 0 to " + MAX_MONTHS + " (got " + v + ")");
                out.put(s, null);
            } else {
                out.put(s, n);
            }
        }
        m.rejectUnknownKeys();
        return out;
    }
}
