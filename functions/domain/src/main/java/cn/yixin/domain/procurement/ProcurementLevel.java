package cn.yixin.domain.procurement;

/**
 * The level of one procurement credit case. {@code rank} orders levels across the two scales so that a
 * company with cases under both has one rating (its highest active case): the 2025 失信 threshold (kickbacks ≥ 10,000)
 * is the 2020 一般 one, 严重失信 (≥ 500,000) lies between 2020 严重 (≥ 300,000) and 特别严重 (≥ 2,000,000), and both
 * top levels stop every product in the province. The ordering is ours (docs/procurement-rating.md).
 */
public enum ProcurementLevel {
    GENERAL(RatingScale.S2020, 1, "一般"),
    MEDIUM(RatingScale.S2020, 2, "中等"),
    SERIOUS(RatingScale.S2020, 3, "严重"),
    PARTICULARLY_SERIOUS(RatingScale.S2020, 4, "特别严重"),
    DISHONEST(RatingScale.S2025, 1, "失信"),
    SERIOUSLY_DISHONEST(RatingScale.S2025, 3, "严重失信"),
    PARTICULARLY_SERIOUSLY_DISHONEST(RatingScale.S2025, 4, "特别严重失信");

    private final RatingScale scale;
    private final int rank;
    private final String nameZh;

    ProcurementLevel(RatingScale scale, int rank, String nameZh) {
        this.scale = scale;
        this.rank = rank;
        this.nameZh = nameZh;
    }

    public RatingScale scale() {
        return scale;
    }

    public int rank() {
        return rank;
    }

    public String nameZh() {
        return nameZh;
    }
}
