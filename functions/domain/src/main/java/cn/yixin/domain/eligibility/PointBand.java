package cn.yixin.domain.eligibility;

import java.util.Arrays;
import java.util.Optional;

/** The four national point bands of one act (R-11.1, 医保办发〔2024〕34号): 1–3, 4–6, 7–9, 10–12. */
public enum PointBand {
    B1_3(1, 3), B4_6(4, 6), B7_9(7, 9), B10_12(10, 12);

    private final int min;
    private final int max;

    PointBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(int points) {
        return points >= min && points <= max;
    }

    /** As written in a tenant file and in answers: {@code 1-3}, {@code 10-12}. */
    public String label() {
        return min + "-" + max;
    }

    public static Optional<PointBand> ofLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label().equals(label == null ? null : label.trim())).findFirst();
    }
}
