package cn.yixin.domain.exchange;

import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.repair.RepairEffect;

import java.util.ArrayList;
import java.util.List;

/**
 * Which archive entries must be shared with the public credit platform, and as what (issue 14).
 * <ul>
 *   <li>An administrative penalty (category ADMINISTRATIVE, negative, basis an administrative penalty decision) is
 *   published as a 双公示 行政处罚 record (R-7.6; 004 §6, 001 §27).</li>
 *   <li>A serious-dishonesty listing (category DISHONESTY_LIST, negative) is shared as {@code DISHONESTY_LISTED}
 *   (004 §6, R-11.2); an entry superseding it (withdrawal, correction, repair) as {@code DISHONESTY_DELISTED}.</li>
 *   <li>An entry that supersedes a penalty — a withdrawal, a corrected replacement (R-3.6, 004 §31) or a repair
 *   (R-9.4, 004 §38: stop publishing the penalty) — revokes the publication of the entry it supersedes; a corrected
 *   replacement that is itself a penalty is published in its place.</li>
 *   <li>Only the bureau's own information is shared: a record that came in from an external platform (a court, market
 *   regulation, another department through the public credit platform) is not echoed back to it.</li>
 * </ul>
 * Everything else (positive records, commitments, other categories) is not shared.
 */
public final class SharingPolicy {

    private SharingPolicy() {
    }

    public static boolean isPenalty(CreditRecord r) {
        return r.category() == InfoCategory.ADMINISTRATIVE && r.polarity() == Polarity.NEGATIVE
                && r.basis() != null && r.basis().kind() == BasisKind.ADMINISTRATIVE_PENALTY && !external(r);
    }

    /** A serious-dishonesty list entry of the bureau's own (R-3.1: 严重失信主体名单信息). */
    public static boolean isListing(CreditRecord r) {
        return r.category() == InfoCategory.DISHONESTY_LIST && r.polarity() == Polarity.NEGATIVE && !external(r);
    }

    /** information that came from an external platform is that platform's; it is not shared back. */
    static boolean external(CreditRecord r) {
        if (r.source() == null) {
            return false;
        }
        try {
            return RecordSource.valueOf(r.source()).isExternal();
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** The publication's event id of a record: the record id is unique within its tenant. */
    public static String publicationId(String tenantId, String recordId) {
        return "P-" + tenantId + "-" + recordId;
    }

    public static String revocationId(String tenantId, String recordId) {
        return "V-" + tenantId + "-" + recordId;
    }

    public static String listingId(String tenantId, String recordId) {
        return "L-" + tenantId + "-" + recordId;
    }

    public static String delistingId(String tenantId, String recordId) {
        return "D-" + tenantId + "-" + recordId;
    }

    /** The event id of a published result version (issue 14): unique per tenant, subject, year and version. */
    public static String resultPublishedId(String tenantId, String subjectId, int year, int version) {
        return "R-" + tenantId + "-" + subjectId + "-" + year + "-" + version;
    }

    /**
     * The event a published result produces, written with its publication (R-5.7, 001 §27): every published version,
     * the first publication and each revision of a published result alike. Empty for a result that is not published.
     */
    public static java.util.Optional<SharedEvent> eventOf(cn.yixin.domain.evaluation.CycleResult r) {
        if (r.status() != cn.yixin.domain.evaluation.ResultStatus.PUBLISHED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SharedEvent(resultPublishedId(r.tenantId(), r.subjectId(), r.year(), r.version()),
                SharedEvent.Type.RESULT_PUBLISHED, 0, null, null, null, r));
    }

    /** The events one newly written archive entry produces, in the order they must reach the platform. */
    public static List<SharedEvent> eventsOf(String tenantId, long sequence, CreditRecord r) {
        List<SharedEvent> out = new ArrayList<>(2);
        if (isListing(r)) {
            if (r.supersedes() != null) {
                out.add(new SharedEvent(delistingId(tenantId, r.id()), SharedEvent.Type.DISHONESTY_DELISTED, sequence,
                        r, listingId(tenantId, r.supersedes()), reason(r)));
                if (!r.voided() && !RepairEffect.isRepairEntry(r)) {
                    out.add(new SharedEvent(listingId(tenantId, r.id()), SharedEvent.Type.DISHONESTY_LISTED, sequence,
                            r, null, null));
                }
            } else if (!r.voided()) {
                out.add(new SharedEvent(listingId(tenantId, r.id()), SharedEvent.Type.DISHONESTY_LISTED, sequence, r,
                        null, null));
            }
            return out;
        }
        if (!isPenalty(r)) {
            return out;
        }
        if (r.supersedes() != null) {
            out.add(new SharedEvent(revocationId(tenantId, r.id()), SharedEvent.Type.REVOCATION, sequence, r,
                    publicationId(tenantId, r.supersedes()), reason(r)));
            if (!r.voided() && !RepairEffect.isRepairEntry(r)) {
                out.add(new SharedEvent(publicationId(tenantId, r.id()), SharedEvent.Type.PENALTY_PUBLISHED, sequence,
                        r, null, null));
            }
            return out;
        }
        if (!r.voided()) {
            out.add(new SharedEvent(publicationId(tenantId, r.id()), SharedEvent.Type.PENALTY_PUBLISHED, sequence, r,
                    null, null));
        }
        return out;
    }

    private static String reason(CreditRecord r) {
        return RepairEffect.isRepairEntry(r) ? "REPAIRED" : r.voided() ? "WITHDRAWN" : "CORRECTED";
    }
}
