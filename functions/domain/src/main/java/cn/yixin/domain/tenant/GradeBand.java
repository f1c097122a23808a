package cn.yixin.domain.tenant;

/** A grade with its Chinese name and, for scored schemes, the lowest score (inclusive) that earns it; null for the last band and for classes. */
public record GradeBand(String grade, String name, Integer min) {
}
