package cn.yixin.domain.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sampling stratum of a draw: the ratio its subjects are sampled at and how the count is rounded. A ratio reduced
 * by an incentive cap ("不高于原抽查比例的30%") rounds down, so the cap is never exceeded; the base ratio and a
 * raised ratio ("at least") round up, so the floor is never missed.
 *
 * @param percent  the sampling ratio in percent, scale 4 (e.g. 1.5000)
 * @param rounding FLOOR for a capped stratum, CEILING otherwise
 */
public record Stratum(BigDecimal percent, RoundingMode rounding) {

    public Stratum {
        percent = percent.setScale(4, RoundingMode.HALF_UP);
        if (rounding != RoundingMode.FLOOR && rounding != RoundingMode.CEILING) {
            throw new IllegalArgumentException("rounding " + rounding);
        }
    }

    /** Canonical text, part of the population hash: {@code 1.5000|FLOOR}. */
    public String key() {
        return percent.toPlainString() + "|" + rounding.name();
    }

    public static Stratum parse(String key) {
        String[] p = key.split("\\|");
        return new Stratum(new BigDecimal(p[0]), RoundingMode.valueOf(p[1]));
    }

    /** How many of {@code population} subjects are drawn. */
    public int count(int population) {
        return BigDecimal.valueOf(population).multiply(percent).divide(BigDecimal.valueOf(100), 0, rounding)
                .min(BigDecimal.valueOf(population)).intValueExact();
    }
}
