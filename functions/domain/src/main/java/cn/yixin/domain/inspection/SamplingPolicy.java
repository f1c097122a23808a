package cn.yixin.domain.inspection;

import cn.yixin.domain.measure.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The ratio one subject is sampled at (R-7.2, 004 §25(二)), from the measures that hold for it now (the measure
 * lists' effects, R-7.3):
 * <ol>
 *   <li>start at the plan's base ratio;</li>
 *   <li>an incentive with {@code inspectionOfBasePercent} caps it at that share of the base (Guangdong A 30 %,
 *       B 50 %); of several, the lowest cap;</li>
 *   <li>a measure with {@code inspectionAtLeastPercent} raises it to at least that ratio (100 = always inspected);
 *       of several, the highest; a raise beats a cap (a punishment is not softened by an incentive).</li>
 * </ol>
 */
public final class SamplingPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SamplingPolicy() {
    }

    public static Stratum stratum(BigDecimal basePercent, List<Measure> holding) {
        BigDecimal cap = holding.stream().map(m -> m.effect().inspectionOfBasePercent()).filter(Objects::nonNull)
                .map(BigDecimal::valueOf).min(BigDecimal::compareTo).orElse(null);
        BigDecimal floor = holding.stream().map(m -> m.effect().inspectionAtLeastPercent()).filter(Objects::nonNull)
                .map(BigDecimal::valueOf).max(BigDecimal::compareTo).orElse(null);
        BigDecimal p = basePercent;
        RoundingMode rounding = RoundingMode.CEILING;
        if (cap != null) {
            p = basePercent.multiply(cap).divide(HUNDRED, 4, RoundingMode.FLOOR);
            rounding = RoundingMode.FLOOR;
        }
        if (floor != null && floor.compareTo(p) > 0) {
            p = floor;
            rounding = RoundingMode.CEILING;
        }
        return new Stratum(p, rounding);
    }
}
