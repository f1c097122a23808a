package cn.yixin.domain.disclosure;

import cn.yixin.domain.config.ConfigMap;
import cn.yixin.domain.tenant.TenantConfig;

import java.util.Map;

/**
 * The optional {@code disclosure:} section of a tenant file (004 §21): the longest a subject may grant a third party
 * real-time query of its result, in days. 004 §21 sets no period; each tenant file states its own under
 * {@code defaults:}. Read back from the validated document, as {@code RepairPolicy} is, so {@link TenantConfig}
 * keeps its shape.
 */
public record DisclosurePolicy(int consentMaxDays) {

    static final int MAX_DAYS = 1830;

    /** A file without the section: one year, the usual validity of a credit report in practice. */
    public static final DisclosurePolicy DEFAULT = new DisclosurePolicy(365);

    public static DisclosurePolicy of(TenantConfig config) {
        Object section = config.document() == null ? null : config.document().get("disclosure");
        if (section instanceof Map<?, ?> m && m.get("consentMaxDays") instanceof Integer n) {
            return new DisclosurePolicy(n);
        }
        return DEFAULT;
    }

    /** Checks the section while the tenant file is parsed: whole days from 1 to {@value #MAX_DAYS}. */
    public static void check(ConfigMap m) {
        if (m == null) {
            return;
        }
        Object v = m.raw("consentMaxDays");
        if (v != null && (!(v instanceof Integer n) || n < 1 || n > MAX_DAYS)) {
            m.problem("consentMaxDays", "must be a whole number of days from 1 to " + MAX_DAYS + " (got " + v + ")");
        }
        m.rejectUnknownKeys();
    }
}
