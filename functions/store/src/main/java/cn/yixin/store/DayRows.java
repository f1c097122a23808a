package cn.yixin.store;

/**
 * Rows that list, per tenant and day, the subjects a daily sweep job must look at (the key table in
 * {@link YixinTable}). A type of the {@link CreditArchiveRepository} port, so the API names a kind of day row without
 * reaching into the table layout (docs/architecture.md, dependency rules).
 */
public enum DayRows {
    /** A record starts or stops counting that day: the effective-date re-grade. */
    BOUNDARY,
    /** A dishonesty record's penalty date: the publication-end sweep. */
    PENALTY
}
