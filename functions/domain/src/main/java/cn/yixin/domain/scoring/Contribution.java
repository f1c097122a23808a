package cn.yixin.domain.scoring;

/**
 * What one record did to an evaluation, and why (R-5.1: every result must be explainable to the subject and to
 * an objection reviewer). Every input record appears exactly once. {@code note} is one of the constants below,
 * optionally followed by {@link #LISTED_SUFFIX}; the API translates them.
 *
 * @param indicator the item code that scored it, or null when none did
 * @param points    points it moved the score, after caps and weights; 0 for severity-count schemes
 * @param indicatorName the Chinese name of what counted it (issue 12.9): the item's name, or under a severity-count
 *                  scheme the kind of act counted (一般失信行为, 严重失信行为, 列入严重失信主体名单); null when nothing did
 */
public record Contribution(String recordId, String indicator, int points, String note, String indicatorName) {

    /** Severity count: the names of what a counted act is, for explanations and notices (issue 12.9). */
    public static final String GENERAL_ACT_ZH = "一般失信行为";
    public static final String SERIOUS_ACT_ZH = "严重失信行为";
    public static final String LISTED_ZH = "列入严重失信主体名单";

    /** Scored under an item, in full. */
    public static final String MATCHED = "matched";
    /** Scored under an item, but the item's cap cut it down (possibly to 0). */
    public static final String CAPPED = "capped";
    /** In effect, but no item of the scheme scores it. */
    public static final String UNMATCHED = "unmatched";
    /** Outside its effective period on the evaluation date. */
    public static final String NOT_IN_EFFECT = "not in effect";
    /** A later entry corrects or withdraws it. */
    public static final String SUPERSEDED = "superseded";
    /** An entry that withdraws another; it counts for nothing itself. */
    public static final String VOIDED = "voided";
    /** Severity count: a GENERAL act in the window. */
    public static final String COUNTED_GENERAL = "counted general";
    /** Severity count: a SERIOUS act in the window. */
    public static final String COUNTED_SERIOUS = "counted serious";
    /** Severity count: a negative act whose basis date is outside the window. */
    public static final String OUTSIDE_WINDOW = "outside window";
    /** Severity count: positive or MINOR, which the classes do not count. */
    public static final String NOT_COUNTED = "not counted";
    /** Appended when the record puts the subject on the serious-dishonesty list. */
    public static final String LISTED_SUFFIX = "; listed";
}
