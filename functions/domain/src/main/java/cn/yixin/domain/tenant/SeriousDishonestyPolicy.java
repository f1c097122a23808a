package cn.yixin.domain.tenant;

/** whether a subject on the serious-dishonesty list takes the lowest grade whatever its score. */
public record SeriousDishonestyPolicy(boolean lowestGrade) {
}
