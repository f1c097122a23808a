package cn.yixin.domain.exchange;

import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.repair.RepairEffect;

import java.util.ArrayList;
import java.util.List;

/**
 * Which archive entries must be shared with the public credit platform, and as what (issue 14, first slice).
 * <ul>
 *   <li>An administrative penalty (category ADMINISTRATIVE, negative, basis an administrative penalty decision) is
 *   published as a 双公示 行政处罚 record (R-7.6; 004 §6, 001 §27).</li>
 *   <li>An entry that supersedes such a penalty — a withdrawal, a corrected replacement (R-3.6, 004 §31) or a repair
 *   (R-9.4, 004 §38: stop publishing the penalty) — revokes the publication of the entry it supersedes; a corrected
 *   replacement that is itself a penalty is published in its place.</li>
 * </ul>
 * Everything else (positive records, commitments, other categories) is not shared in this slice.
 */
public final class SharingPolicy {

    private SharingPolicy() {
    }

    public static boolean isPenalty(CreditRecord r) {
        return r.category() == InfoCategory.ADMINISTRATIVE && r.polarity() == Polarity.NEGATIVE
                && r.basis() != null && r.basis().kind() == BasisKind.ADMINISTRATIVE_PENALTY;
    }

    /** The publication's event id of a record: the record id is unique within its tenant. */
    public static String publicationId(String tenantId, String recordId) {
        return "P-" + tenantId + "-" + recordId;
    }

    public static String revocationId(String tenantId, String recordId) {
        return "V-" + tenantId + "-" + recordId;
    }

    /** The events one newly written archive entry produces, in the order they must reach the platform. */
    public static List<SharedEvent> eventsOf(String tenantId, long sequence, CreditRecord r) {
        List<SharedEvent> out = new ArrayList<>(2);
        if (!isPenalty(r)) {
            return out;
        }
        if (r.supersedes() != null) {
            String reason = RepairEffect.isRepairEntry(r) ? "REPAIRED" : r.voided() ? "WITHDRAWN" : "CORRECTED";
            out.add(new SharedEvent(revocationId(tenantId, r.id()), SharedEvent.Type.REVOCATION, sequence, r,
                    publicationId(tenantId, r.supersedes()), reason));
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
}
