package cn.yixin.domain.procurement;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One rated conduct of the tenant's procurement credit rules: either amount thresholds (the lowest amount of
 * each level, e.g. kickbacks 10,000 / 500,000 / 1,000,000 yuan under the 2025 rules) or one fixed level (bribing
 * medical-insurance staff, bid-rigging in national volume-based procurement: the top level at once).
 *
 * @param thresholds level → lowest amount, ascending; empty when {@code fixedLevel} is set
 */
public record Conduct(String code, String name, String basis, RatingScale scale,
                      Map<ProcurementLevel, BigDecimal> thresholds, ProcurementLevel fixedLevel) {

    public Conduct {
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    public boolean needsAmount() {
        return fixedLevel == null;
    }

    /** The level of a case of this conduct with {@code amount} (ignored for a fixed level); empty below every threshold. */
    public Optional<ProcurementLevel> levelFor(BigDecimal amount) {
        if (fixedLevel != null) {
            return Optional.of(fixedLevel);
        }
        ProcurementLevel out = null;
        for (Map.Entry<ProcurementLevel, BigDecimal> t : thresholds.entrySet()) {
            if (amount.compareTo(t.getValue()) >= 0 && (out == null || t.getKey().rank() > out.rank())) {
                out = t.getKey();
            }
        }
        return Optional.ofNullable(out);
    }
}
