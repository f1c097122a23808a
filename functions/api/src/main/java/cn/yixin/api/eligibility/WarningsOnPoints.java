package cn.yixin.api.eligibility;

/**
 * The warnings a points act raises (R-8.1, R-11.1, monitoring condition {@code eligibilityPoints}). A port
 * eligibility owns and monitoring implements ({@code cn.yixin.api.monitoring.PointsWarnings}), so eligibility does not
 * depend on monitoring.
 */
public interface WarningsOnPoints {

    /**
     * After a points act committed: the person's points of {@code year} are {@code yearPoints}.
     *
     * @param lookupHash the ledger's tenant-keyed hash of the resident ID (the same hash a registered individual
     *                   subject is found by)
     */
    void pointsRecorded(String tenant, String ledgerId, String lookupHash, int year, int yearPoints);
}
